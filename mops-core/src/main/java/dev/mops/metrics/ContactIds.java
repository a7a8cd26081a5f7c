package dev.mops.metrics;

import java.util.Arrays;

/**
 * Interns contact ids to dense ints 0, 1, 2… in order of first appearance: an open-addressing table
 * of int slots plus arrays of names and hashes, so a look-up of a known contact allocates nothing
 * and each contact costs one String reference, one int hash and one to two int slots.
 */
final class ContactIds {
  private int[] slots = new int[16]; // id + 1, 0 = empty
  private String[] names = new String[8];
  private int[] hashes = new int[8];
  private int size;

  int size() {
    return size;
  }

  String name(int id) {
    return names[id];
  }

  int intern(String contactId) {
    int h = contactId.hashCode();
    int mask = slots.length - 1;
    int i = spread(h) & mask;
    for (int s; (s = slots[i]) != 0; i = (i + 1) & mask) {
      int id = s - 1;
      if (hashes[id] == h && names[id].equals(contactId)) {
        return id;
      }
    }
    int id = size++;
    if (id == names.length) {
      names = Arrays.copyOf(names, id * 2);
      hashes = Arrays.copyOf(hashes, id * 2);
    }
    names[id] = contactId;
    hashes[id] = h;
    slots[i] = id + 1;
    if (size * 2 > slots.length) {
      rehash();
    }
    return id;
  }

  private void rehash() {
    int[] bigger = new int[slots.length * 2];
    int mask = bigger.length - 1;
    for (int id = 0; id < size; id++) {
      int i = spread(hashes[id]) & mask;
      while (bigger[i] != 0) {
        i = (i + 1) & mask;
      }
      bigger[i] = id + 1;
    }
    slots = bigger;
  }

  private static int spread(int h) {
    int x = h * 0x9E3779B9;
    return x ^ (x >>> 16);
  }
}
