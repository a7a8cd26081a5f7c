/**
 * Test support for code built on mops: random plans, the seed plans, golden files, a rule tester
 * and a scale for slow tests. Every failed check throws an {@link java.lang.AssertionError} with a
 * message that says what differed, so any test framework reports it.
 */
@NullMarked
package dev.mops.testing;

import org.jspecify.annotations.NullMarked;
