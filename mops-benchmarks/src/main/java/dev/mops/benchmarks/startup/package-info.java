/**
 * Command-line start-up: the {@code mops} launcher as a user runs it, against {@code java
 * -version}.
 */
@NullMarked
package dev.mops.benchmarks.startup;

import org.jspecify.annotations.NullMarked;
