/**
 * The email metrics of mops on Apache Spark, exactly equal to the single-JVM results: {@link
 * dev.mops.spark.SparkEmailMetrics} counts distinct contacts per month, quarter and message with
 * Spark's own distributed operators and returns the core's {@link dev.mops.metrics.EmailReport}, or
 * a {@code Dataset<Row>} of the counts for those who stay in Spark.
 *
 * @since 0.2
 */
@NullMarked
package dev.mops.spark;

import org.jspecify.annotations.NullMarked;
