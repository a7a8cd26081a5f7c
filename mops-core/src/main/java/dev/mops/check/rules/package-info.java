/**
 * The built-in rules of the catalog, one small class each. Not exported: the rules are reached
 * through {@link dev.mops.check.RuleSet} by their ids.
 */
@NullMarked
package dev.mops.check.rules;

import org.jspecify.annotations.NullMarked;
