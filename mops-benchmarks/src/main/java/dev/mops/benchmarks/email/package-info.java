/**
 * JMH benchmarks of the email metrics: the accumulator alone on events parsed beforehand. Built
 * with {@code -Pbenchmarks}; not part of {@code verify}.
 */
@NullMarked
package dev.mops.benchmarks.email;

import org.jspecify.annotations.NullMarked;
