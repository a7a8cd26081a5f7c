package dev.mops.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import dev.mops.testing.TestScale;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class IntSetTest {

  @Test
  void behavesLikeAHashSetWhetherSparseOrDense() {
    qt().withExamples(TestScale.examples(1000))
        .forAll(
            lists().of(integers().between(0, 5_000)).ofSizeBetween(0, 3_000),
            integers().between(1, 5_000))
        .checkAssert(
            (ids, range) -> {
              IntSet set = new IntSet();
              Set<Integer> ref = new HashSet<>();
              for (int raw : ids) {
                int id = raw % range; // small ranges make the set dense and switch it to a bitset
                assertEquals(ref.add(id), set.add(id));
              }
              assertEquals(ref.size(), set.size());
              Set<Integer> seen = new HashSet<>();
              set.forEach(seen::add);
              assertEquals(ref, seen);
              for (int id : ref) {
                assertTrue(set.contains(id));
              }
              IntSet copy = new IntSet();
              copy.addAll(set);
              assertEquals(ref.size(), copy.size());
            });
  }

  @Test
  void contactIdsInternDensely() {
    ContactIds ids = new ContactIds();
    for (int i = 0; i < 10_000; i++) {
      assertEquals(i, ids.intern("contact-" + i));
    }
    for (int i = 0; i < 10_000; i++) {
      assertEquals(i, ids.intern(new String("contact-" + i)));
      assertEquals("contact-" + i, ids.name(i));
    }
    assertEquals(10_000, ids.size());
  }
}
