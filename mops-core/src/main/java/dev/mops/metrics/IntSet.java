package dev.mops.metrics;

import java.util.Arrays;
import java.util.function.IntConsumer;

/**
 * A compressed set of non-negative ints, Roaring style: the ids are cut into blocks of 65,536 by
 * their high 16 bits, and each block that has members is either a sorted {@code char[]} of its low
 * 16 bits (up to {@value #ARRAY_MAX} members, two bytes each) or a bitmap of 1,024 longs (8 KiB,
 * one bit per possible member). Contact ids are dense ints in order of first appearance, so a
 * month's members cluster in few blocks: a block costs at most two bytes per member, and a dense
 * one far less. Blocks are found by indexing an array with the high bits (no search). No boxing.
 */
final class IntSet {
  /** The most members a block keeps as a sorted array; one more turns it into a bitmap. */
  static final int ARRAY_MAX = 4096;

  private static final int BITMAP_WORDS = 1024;
  private static final long[][] NO_BITMAPS = new long[0][];
  private static final char[][] NO_ARRAYS = new char[0][];
  private static final int[] NO_COUNTS = new int[0];

  private long[][] bitmaps = NO_BITMAPS; // by block: the block's bitmap, or null
  private char[][] arrays = NO_ARRAYS; // by block: the block's sorted members, or null
  private int[] counts = NO_COUNTS; // by block: its number of members
  private int size;

  int size() {
    return size;
  }

  boolean add(int id) {
    int block = id >>> 16;
    if (block >= counts.length) {
      blocks(block + 1);
    }
    long[] bits = bitmaps[block];
    if (bits != null) {
      int w = (id >>> 6) & (BITMAP_WORDS - 1);
      long bit = 1L << id;
      long word = bits[w];
      if ((word & bit) != 0) {
        return false;
      }
      bits[w] = word | bit;
      counts[block]++;
      size++;
      return true;
    }
    return addToArray(block, (char) id);
  }

  private boolean addToArray(int block, char low) {
    char[] members = arrays[block];
    int n = counts[block];
    int at;
    if (members == null) {
      members = new char[4];
      arrays[block] = members;
      at = 0;
    } else if (n == 0 || members[n - 1] < low) {
      at = n; // the common case: a contact newer than every member so far
    } else {
      at = Arrays.binarySearch(members, 0, n, low);
      if (at >= 0) {
        return false;
      }
      at = -at - 1;
    }
    if (n == members.length) {
      if (n == ARRAY_MAX) {
        toBitmap(block);
        return add((block << 16) | low);
      }
      members = Arrays.copyOf(members, Math.min(ARRAY_MAX, n * 2));
      arrays[block] = members;
    }
    System.arraycopy(members, at, members, at + 1, n - at);
    members[at] = low;
    counts[block] = n + 1;
    size++;
    return true;
  }

  private long[] toBitmap(int block) {
    char[] members = arrays[block];
    long[] bits = new long[BITMAP_WORDS];
    if (members != null) {
      for (int i = 0, n = counts[block]; i < n; i++) {
        char low = members[i];
        bits[low >>> 6] |= 1L << low;
      }
    }
    arrays[block] = null;
    bitmaps[block] = bits;
    return bits;
  }

  private void blocks(int needed) {
    int n = Math.max(needed, counts.length + (counts.length >> 1));
    bitmaps = Arrays.copyOf(bitmaps, n);
    arrays = Arrays.copyOf(arrays, n);
    counts = Arrays.copyOf(counts, n);
  }

  boolean contains(int id) {
    int block = id >>> 16;
    if (block >= counts.length) {
      return false;
    }
    long[] bits = bitmaps[block];
    if (bits != null) {
      return (bits[(id >>> 6) & (BITMAP_WORDS - 1)] & (1L << id)) != 0;
    }
    char[] members = arrays[block];
    return members != null && Arrays.binarySearch(members, 0, counts[block], (char) id) >= 0;
  }

  /** Calls {@code action} with each member, in increasing order. */
  void forEach(IntConsumer action) {
    for (int block = 0; block < counts.length; block++) {
      int base = block << 16;
      long[] bits = bitmaps[block];
      if (bits != null) {
        for (int w = 0; w < BITMAP_WORDS; w++) {
          long word = bits[w];
          while (word != 0) {
            action.accept(base + (w << 6) + Long.numberOfTrailingZeros(word));
            word &= word - 1;
          }
        }
        continue;
      }
      char[] members = arrays[block];
      if (members != null) {
        for (int i = 0, n = counts[block]; i < n; i++) {
          action.accept(base + members[i]);
        }
      }
    }
  }

  /** Adds every member of {@code other}, each translated through {@code remap}. */
  void addAll(IntSet other, int[] remap) {
    other.forEach(id -> add(remap[id]));
  }

  /** Adds every member of {@code other}; two bitmaps of a block are or-ed word by word. */
  void addAll(IntSet other) {
    if (other.counts.length > counts.length) {
      blocks(other.counts.length);
    }
    for (int block = 0; block < other.counts.length; block++) {
      long[] theirs = other.bitmaps[block];
      if (theirs != null) {
        long[] mine = bitmaps[block] != null ? bitmaps[block] : toBitmap(block);
        int count = 0;
        for (int w = 0; w < BITMAP_WORDS; w++) {
          mine[w] |= theirs[w];
          count += Long.bitCount(mine[w]);
        }
        size += count - counts[block];
        counts[block] = count;
        continue;
      }
      char[] members = other.arrays[block];
      if (members != null) {
        int base = block << 16;
        for (int i = 0, n = other.counts[block]; i < n; i++) {
          add(base + members[i]);
        }
      }
    }
  }

  /**
   * The heap bytes this set holds, from its arrays' lengths: 16 bytes of header per array and per
   * object, 4 per reference (compressed pointers), 2 per char, 4 per int and 8 per long.
   */
  long retainedBytes() {
    long bytes = 16 + 4 * 3 + 4 + 3 * (16L + 4L * counts.length);
    for (int block = 0; block < counts.length; block++) {
      if (bitmaps[block] != null) {
        bytes += 16 + 8L * BITMAP_WORDS;
      } else if (arrays[block] != null) {
        bytes += 16 + 2L * arrays[block].length;
      }
    }
    return bytes;
  }
}
