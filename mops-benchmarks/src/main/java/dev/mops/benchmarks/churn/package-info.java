/**
 * Monthly email churn from a large CSV export, end to end: mops against DuckDB's JDBC driver and a
 * hand-written analyst program, timed by {@link dev.mops.benchmarks.churn.ChurnBenchmark} and run
 * as separate processes for peak memory by {@link dev.mops.benchmarks.churn.ChurnProcess}.
 */
@NullMarked
package dev.mops.benchmarks.churn;

import org.jspecify.annotations.NullMarked;
