package dev.mops.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * {@link IntSet} answers membership exactly for ids it holds and ids it does not, in both of its
 * modes (sparse hash table, dense bitset) and across the switch between them, including ids far
 * beyond the largest member.
 */
class IntSetMembershipTest {

  private static void assertSameMembers(SortedSet<Integer> expected, IntSet set, int probeUpTo) {
    assertEquals(expected.size(), set.size());
    for (int id = 0; id <= probeUpTo; id++) {
      assertEquals(expected.contains(id), set.contains(id), "contains(" + id + ")");
    }
    List<Integer> seen = new ArrayList<>();
    set.forEach(seen::add);
    assertEquals(expected, new TreeSet<>(seen));
    assertEquals(expected.size(), seen.size(), "each member once");
  }

  @Test
  void sparseMembersStayExactAndNonMembersAreAbsent() {
    IntSet set = new IntSet();
    TreeSet<Integer> expected = new TreeSet<>();
    for (int i = 0; i < 300; i++) {
      int id = i * 7919 % 1_000_003; // large, scattered ids keep the set sparse
      assertEquals(expected.add(id), set.add(id));
    }
    assertFalse(set.add(0), "a member is added once");
    assertSameMembers(expected, set, 1_000_100);
    assertFalse(set.contains(Integer.MAX_VALUE - 1));
  }

  @Test
  void denseMembersSwitchToBitsAndStayExact() {
    IntSet set = new IntSet();
    TreeSet<Integer> expected = new TreeSet<>();
    for (int id = 0; id < 1000; id += 3) {
      assertTrue(set.add(id));
      expected.add(id);
      if (id % 99 == 0) {
        assertSameMembers(expected, set, id + 130);
      }
    }
    for (int id = 0; id < 1000; id += 3) {
      assertFalse(set.add(id), "a member is added once, id " + id);
    }
    assertSameMembers(expected, set, 1200);
    // growing the bitset far beyond its words keeps what it held
    assertTrue(set.add(70_000));
    assertTrue(set.add(64));
    expected.add(70_000);
    expected.add(64);
    assertSameMembers(expected, set, 70_200);
    assertFalse(set.contains(Integer.MAX_VALUE - 1), "an id beyond the bits is absent");
  }

  @Test
  void eachSmallIdIsItsOwnMemberAtEveryWordBoundary() {
    for (int id : new int[] {0, 1, 63, 64, 65, 127, 128}) {
      IntSet set = new IntSet();
      assertTrue(set.add(id));
      TreeSet<Integer> expected = new TreeSet<>(List.of(id));
      assertSameMembers(expected, set, 200);
      // fill densely around it so the set turns into bits, then check again
      for (int other = 0; other < 130; other += 2) {
        if (set.add(other)) {
          expected.add(other);
        }
      }
      assertSameMembers(expected, set, 300);
    }
  }

  @Test
  void addAllCopiesMembersAndCanTranslateThem() {
    IntSet source = new IntSet();
    for (int id : new int[] {0, 2, 5}) {
      source.add(id);
    }
    IntSet target = new IntSet();
    target.add(1);
    target.addAll(source, new int[] {10, 11, 12, 13, 14, 15});
    assertSameMembers(new TreeSet<>(List.of(1, 10, 12, 15)), target, 40);
    IntSet copy = new IntSet();
    copy.addAll(source);
    assertSameMembers(new TreeSet<>(List.of(0, 2, 5)), copy, 40);
  }
}
