/**
 * JMH benchmarks of the plan JSON format: mops reading and writing a plan document against plain
 * Jackson 3 databind on equivalent records of the same data, with {@code readTree} as a floor.
 */
@NullMarked
package dev.mops.benchmarks.json;

import org.jspecify.annotations.NullMarked;
