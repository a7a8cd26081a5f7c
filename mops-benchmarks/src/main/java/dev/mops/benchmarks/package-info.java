/**
 * JMH benchmarks of the library: plan navigation and checking, JSON reading and writing, and the
 * email and work metrics over CSV exports. Built with {@code -Pbenchmarks}; not part of {@code
 * verify}.
 */
@NullMarked
package dev.mops.benchmarks;

import org.jspecify.annotations.NullMarked;
