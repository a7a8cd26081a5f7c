package dev.mops.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.SortedSet;
import java.util.SplittableRandom;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * {@link IntSet}'s blocks of 65,536 ids: a block stays a sorted array up to {@link
 * IntSet#ARRAY_MAX} members and turns into a bitmap with one more, members stay exact across the
 * switch and across blocks, merges of arrays and bitmaps are unions, and the bytes held follow the
 * members: two per member in an array block, 8 KiB for a bitmap block.
 */
class IntSetBlocksTest {

  private static void assertSameMembers(SortedSet<Integer> expected, IntSet set) {
    assertEquals(expected.size(), set.size());
    List<Integer> seen = new ArrayList<>();
    set.forEach(seen::add);
    assertEquals(new ArrayList<>(expected), seen, "members in increasing order, each once");
    for (int id : expected) {
      assertTrue(set.contains(id), "contains(" + id + ")");
      assertFalse(set.contains(id ^ 1) && !expected.contains(id ^ 1), "contains(" + (id ^ 1) + ")");
    }
  }

  @Test
  void anArrayBlockTurnsIntoABitmapAtTheLimitAndStaysExact() {
    IntSet set = new IntSet();
    TreeSet<Integer> expected = new TreeSet<>();
    int base = 3 << 16; // the fourth block; the first three stay empty
    for (int i = 0; i < IntSet.ARRAY_MAX; i++) {
      int id = base + (i * 7919) % 65_536; // every member once, out of order
      assertTrue(set.add(id));
      expected.add(id);
    }
    long arrayBytes = set.retainedBytes();
    assertTrue(arrayBytes < 2 * IntSet.ARRAY_MAX + 300, "an array block: " + arrayBytes);
    assertFalse(set.add(base), "a member is added once");
    assertSameMembers(expected, set);
    assertTrue(set.add(base + 65_535));
    expected.add(base + 65_535);
    assertTrue(set.retainedBytes() >= 8 * 1024, "a bitmap block");
    assertSameMembers(expected, set);
    assertFalse(set.contains(base - 1));
    assertFalse(set.contains(base + 65_536));
    assertFalse(set.contains(Integer.MAX_VALUE));
  }

  @Test
  void randomMembersOverManyBlocksMatchATreeSet() {
    SplittableRandom random = new SplittableRandom(7);
    for (int round = 0; round < 20; round++) {
      int range = 1 + random.nextInt(600_000);
      int n = random.nextInt(30_000);
      IntSet set = new IntSet();
      TreeSet<Integer> expected = new TreeSet<>();
      for (int i = 0; i < n; i++) {
        int id = random.nextInt(range);
        assertEquals(expected.add(id), set.add(id));
      }
      assertSameMembers(expected, set);
    }
  }

  @Test
  void addAllIsTheUnionOfArraysAndBitmaps() {
    SplittableRandom random = new SplittableRandom(11);
    for (int round = 0; round < 30; round++) {
      IntSet a = new IntSet();
      IntSet b = new IntSet();
      TreeSet<Integer> union = new TreeSet<>();
      for (IntSet s : new IntSet[] {a, b}) {
        int range = 1 + random.nextInt(300_000);
        int n = random.nextInt(20_000);
        for (int i = 0; i < n; i++) {
          int id = random.nextInt(range);
          s.add(id);
          union.add(id);
        }
      }
      a.addAll(b);
      assertSameMembers(union, a);
    }
  }

  @Test
  void densePartsOfAMonthCostLessThanABytePerMember() {
    IntSet set = new IntSet();
    for (int id = 0; id < 500_000; id++) {
      if (id % 3 != 0) {
        set.add(id);
      }
    }
    assertEquals(333_333, set.size());
    // eight bitmap blocks: 8 × 8 KiB for 333,333 members
    assertTrue(set.retainedBytes() < 67_000, "bytes " + set.retainedBytes());
  }
}
