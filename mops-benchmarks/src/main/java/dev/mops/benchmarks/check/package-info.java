/** The checker's benchmark: checking a plan against parsing the same plan's JSON. */
@NullMarked
package dev.mops.benchmarks.check;

import org.jspecify.annotations.NullMarked;
