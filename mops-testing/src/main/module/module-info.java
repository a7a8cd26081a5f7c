/**
 * mops testing: what users and vendors need to test code built on mops, and what mops' own tests
 * use. {@link dev.mops.testing.RandomPlans} makes random well-formed plans from a size and a seed,
 * {@link dev.mops.testing.SeedPlans} holds the automotive seed plan of the documentation, {@link
 * dev.mops.testing.GoldenFiles} compares output with files under version control, {@link
 * dev.mops.testing.RuleTester} tests a rule on the plan it should fire on and on the nearest plan
 * it should not, and {@link dev.mops.testing.TestScale} scales slow tests down.
 *
 * <p>It depends on {@code dev.mops.core} only and works with any test framework: failed checks
 * throw {@link java.lang.AssertionError}.
 */
module dev.mops.testing {
  requires transitive dev.mops.core;
  requires static org.jspecify;

  exports dev.mops.testing;
}
