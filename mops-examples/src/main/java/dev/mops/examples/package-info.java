/**
 * Runnable examples of the library: the seed plans of the design articles built in code, and short
 * programs that check, measure and report on them. The README's snippets come from here.
 */
@NullMarked
package dev.mops.examples;

import org.jspecify.annotations.NullMarked;
