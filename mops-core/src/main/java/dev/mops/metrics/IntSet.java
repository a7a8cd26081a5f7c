package dev.mops.metrics;

import java.util.Arrays;
import java.util.function.IntConsumer;

/**
 * A set of non-negative ints that starts as an open-addressing hash table and turns into a bitset
 * once the bitset would be no larger, so memory follows the number of members while a set is sparse
 * and one bit per possible member once it is dense. No boxing.
 */
final class IntSet {
  private static final int[] NO_TABLE = new int[0];
  private static final long[] NO_BITS = new long[0];

  private int[] table = new int[8]; // hash mode: member + 1, 0 = empty; NO_TABLE in bitset mode
  private long[] bits = NO_BITS; // bitset mode when not NO_BITS
  private int size;
  private int max = -1;

  int size() {
    return size;
  }

  boolean add(int id) {
    if (bits != NO_BITS) {
      return addBit(id);
    }
    int stored = id + 1;
    int mask = table.length - 1;
    int i = mix(id) & mask;
    for (int t; (t = table[i]) != 0; i = (i + 1) & mask) {
      if (t == stored) {
        return false;
      }
    }
    table[i] = stored;
    size++;
    if (id > max) {
      max = id;
    }
    if (size * 2 > table.length) {
      grow();
    }
    return true;
  }

  boolean contains(int id) {
    if (bits != NO_BITS) {
      int w = id >>> 6;
      return w < bits.length && (bits[w] & (1L << id)) != 0;
    }
    int stored = id + 1;
    int mask = table.length - 1;
    for (int i = mix(id) & mask, t; (t = table[i]) != 0; i = (i + 1) & mask) {
      if (t == stored) {
        return true;
      }
    }
    return false;
  }

  void forEach(IntConsumer action) {
    if (bits != NO_BITS) {
      for (int w = 0; w < bits.length; w++) {
        long word = bits[w];
        while (word != 0) {
          action.accept((w << 6) + Long.numberOfTrailingZeros(word));
          word &= word - 1;
        }
      }
    } else {
      for (int t : table) {
        if (t != 0) {
          action.accept(t - 1);
        }
      }
    }
  }

  /** Adds every member of {@code other}, each translated through {@code remap}. */
  void addAll(IntSet other, int[] remap) {
    other.forEach(id -> add(remap[id]));
  }

  /** Adds every member of {@code other}. */
  void addAll(IntSet other) {
    other.forEach(this::add);
  }

  private boolean addBit(int id) {
    int w = id >>> 6;
    if (w >= bits.length) {
      bits = Arrays.copyOf(bits, Math.max(w + 1, bits.length * 2));
    }
    long mask = 1L << id;
    if ((bits[w] & mask) != 0) {
      return false;
    }
    bits[w] |= mask;
    size++;
    if (id > max) {
      max = id;
    }
    return true;
  }

  private void grow() {
    long hashBytes = table.length * 8L;
    long bitBytes = ((max >>> 6) + 1) * 8L;
    int[] old = table;
    if (hashBytes >= bitBytes) {
      bits = new long[(max >>> 6) + 1];
      table = NO_TABLE;
      size = 0;
      for (int t : old) {
        if (t != 0) {
          addBit(t - 1);
        }
      }
      return;
    }
    table = new int[old.length * 2];
    int mask = table.length - 1;
    for (int t : old) {
      if (t != 0) {
        int i = mix(t - 1) & mask;
        while (table[i] != 0) {
          i = (i + 1) & mask;
        }
        table[i] = t;
      }
    }
  }

  private static int mix(int x) {
    int h = x * 0x9E3779B9;
    return h ^ (h >>> 16);
  }
}
