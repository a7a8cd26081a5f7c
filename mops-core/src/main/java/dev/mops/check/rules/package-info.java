/**
 * The built-in rules of the catalog, one small class each. Not exported: the rules are reached
 * through {@link dev.mops.check.RuleSet} by their ids.
 */
package dev.mops.check.rules;
