package dev.mops.check.rules;

import dev.mops.check.Rule;
import dev.mops.check.RuleDescriptor;

/** A built-in rule: holds its descriptor. */
abstract class BaseRule implements Rule {
  private final RuleDescriptor descriptor;

  BaseRule(RuleDescriptor descriptor) {
    this.descriptor = descriptor;
  }

  @Override
  public final RuleDescriptor descriptor() {
    return descriptor;
  }

  @Override
  public String toString() {
    return descriptor.id();
  }
}
