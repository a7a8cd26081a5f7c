package dev.mops.metrics;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Interns contact ids to dense ints 0, 1, 2… in order of first appearance, exactly (two ids are one
 * contact only when their text is equal) and without a {@code String} per contact.
 *
 * <p>Each id's text is a record in a byte arena: a varint header (the length and the form) then the
 * chars, one byte each when every char is below 256 (Latin-1, the usual case), else two bytes each
 * (UTF-16). The arena is cut into chunks of {@value #CHUNK_IDS} consecutive ids, each a {@code
 * byte[]} trimmed to size when full, so it can grow past 2 GB; an {@code int[]} per chunk gives
 * each record's offset. Ids longer than {@value #LONG_ID} chars are kept as Strings (their record
 * holds an index), so no chunk can overflow. The look-up table has open addressing and linear
 * probing over {@code int} slots; a slot holds {@code id + 1} in its low bits (enough for the
 * table's capacity) and the high bits of the id's hash in the rest, so most probes that miss are
 * told apart without reading the arena, and a hit reads the slot, the offset and the record.
 *
 * <p>Memory for an id of {@code n} Latin-1 chars ({@code n < 32}): {@code n + 1} bytes of record, 4
 * of offset, and 4 bytes per slot at a load of 3/8 to 3/4: about {@code n + 13} bytes.
 */
final class ContactIds {
  /** Ids per chunk of the arena. */
  static final int CHUNK_IDS = 1 << 10;

  /** Ids longer than this many chars are kept as Strings. */
  static final int LONG_ID = 4096;

  /** The most ids: three quarters of the largest table. */
  static final int MAX_SIZE = 3 << 28;

  private static final int CHUNK_SHIFT = 10;
  private static final int LATIN1 = 0;
  private static final int UTF16 = 1;
  private static final int LONG = 2;

  private int[] slots = new int[16]; // 0 = empty, else hash bits above the mask | id + 1
  private int threshold = 12;
  private byte[][] bytes = new byte[1][];
  private int[][] offsets = new int[1][];
  private int used; // bytes used in the last chunk
  private final List<String> longIds = new ArrayList<>();
  private char[] scratch = new char[64]; // the chars of the id being looked up
  private int size;

  ContactIds() {
    bytes[0] = new byte[64];
    offsets[0] = new int[8];
  }

  int size() {
    return size;
  }

  /** The id's text; allocates a String. */
  String name(int id) {
    byte[] b = bytes[id >>> CHUNK_SHIFT];
    int p = offsets[id >>> CHUNK_SHIFT][id & (CHUNK_IDS - 1)];
    long h = header(b, p);
    int header = (int) (h >>> 32);
    p = (int) h;
    int len = header >>> 2;
    return switch (header & 3) {
      case LATIN1 -> new String(b, p, len, StandardCharsets.ISO_8859_1);
      case UTF16 -> new String(b, p, 2 * len, StandardCharsets.UTF_16BE);
      default -> longIds.get(len);
    };
  }

  /** The id of {@code contactId}, interned if new. */
  int intern(String contactId) {
    return intern(contactId, MAX_SIZE);
  }

  /**
   * The id of {@code contactId}, interned if new and fewer than {@code max} ids are held; -1 if it
   * is new and {@code max} are held.
   */
  int intern(String contactId, int max) {
    int m = mix(contactId.hashCode());
    int[] s = slots;
    int mask = s.length - 1;
    int tag = m & ~mask;
    int i = m & mask;
    for (int t; (t = s[i]) != 0; i = (i + 1) & mask) {
      if ((t & ~mask) == tag) {
        int id = (t & mask) - 1;
        if (matches(id, contactId)) {
          return id;
        }
      }
    }
    if (size >= Math.min(max, MAX_SIZE)) {
      return -1;
    }
    int id = size;
    append(id, contactId);
    return insert(i, tag, id);
  }

  /**
   * The id here of {@code other}'s id {@code otherId}, interned if new and fewer than {@code max}
   * ids are held (-1 if not): records are compared and copied as bytes, without a String.
   */
  int intern(ContactIds other, int otherId, int max) {
    byte[] ob = other.bytes[otherId >>> CHUNK_SHIFT];
    int start = other.offsets[otherId >>> CHUNK_SHIFT][otherId & (CHUNK_IDS - 1)];
    int p = start;
    long h = header(ob, p);
    int header = (int) (h >>> 32);
    p = (int) h;
    int form = header & 3;
    if (form == LONG) {
      return intern(other.longIds.get(header >>> 2), max);
    }
    int len = header >>> 2;
    int end = p + (form == LATIN1 ? len : 2 * len);
    int m = mix(hash(ob, p, len, form));
    int[] s = slots;
    int mask = s.length - 1;
    int tag = m & ~mask;
    int i = m & mask;
    for (int t; (t = s[i]) != 0; i = (i + 1) & mask) {
      if ((t & ~mask) == tag) {
        int id = (t & mask) - 1;
        byte[] b = bytes[id >>> CHUNK_SHIFT];
        int q = offsets[id >>> CHUNK_SHIFT][id & (CHUNK_IDS - 1)];
        if (q + end - start <= b.length && Arrays.equals(b, q, q + end - start, ob, start, end)) {
          return id;
        }
      }
    }
    if (size >= Math.min(max, MAX_SIZE)) {
      return -1;
    }
    int id = size;
    byte[] into = room(id, end - start);
    System.arraycopy(ob, start, into, used, end - start);
    used += end - start;
    return insert(i, tag, id);
  }

  private int insert(int slot, int tag, int id) {
    slots[slot] = tag | (id + 1);
    size = id + 1;
    if (size > threshold) {
      rehash();
    }
    return id;
  }

  /**
   * The varint header of the record at {@code p} in {@code b} (length and form) in the high 32
   * bits, and the position of the record's first char after it in the low 32 bits.
   */
  private static long header(byte[] b, int p) {
    int header = b[p++];
    if (header < 0) {
      header &= 0x7F;
      for (int shift = 7; ; shift += 7) {
        int x = b[p++];
        header |= (x & 0x7F) << shift;
        if (x >= 0) {
          break;
        }
      }
    }
    return ((long) header << 32) | p;
  }

  /** Whether the record of {@code id} is {@code contactId}. */
  private boolean matches(int id, String contactId) {
    byte[] b = bytes[id >>> CHUNK_SHIFT];
    int p = offsets[id >>> CHUNK_SHIFT][id & (CHUNK_IDS - 1)];
    long h = header(b, p);
    int header = (int) (h >>> 32);
    p = (int) h;
    int len = header >>> 2;
    int form = header & 3;
    if (form == LONG) {
      return longIds.get(len).equals(contactId);
    }
    if (len != contactId.length()) {
      return false;
    }
    char[] chars = scratch;
    if (chars.length < len) {
      chars = new char[Math.max(len, 2 * chars.length)];
      scratch = chars;
    }
    contactId.getChars(0, len, chars, 0); // no charAt checks per char in the loops below
    if (form == LATIN1) {
      for (int k = 0; k < len; k++) {
        if ((b[p + k] & 0xFF) != chars[k]) {
          return false;
        }
      }
    } else {
      for (int k = 0; k < len; k++, p += 2) {
        if ((char) (((b[p] & 0xFF) << 8) | (b[p + 1] & 0xFF)) != chars[k]) {
          return false;
        }
      }
    }
    return true;
  }

  /** Writes the record of {@code contactId} as id {@code id}. */
  private void append(int id, String contactId) {
    int len = contactId.length();
    int form = LATIN1;
    if (len > LONG_ID) {
      form = LONG;
    } else {
      for (int k = 0; k < len; k++) {
        if (contactId.charAt(k) > 0xFF) {
          form = UTF16;
          break;
        }
      }
    }
    int header = form == LONG ? longIds.size() << 2 | LONG : len << 2 | form;
    int payload = form == LATIN1 ? len : form == UTF16 ? 2 * len : 0;
    byte[] b = room(id, 5 + payload);
    int p = used;
    while ((header & ~0x7F) != 0) {
      b[p++] = (byte) (header | 0x80);
      header >>>= 7;
    }
    b[p++] = (byte) header;
    if (form == LATIN1) {
      for (int k = 0; k < len; k++) {
        b[p++] = (byte) contactId.charAt(k);
      }
    } else if (form == UTF16) {
      for (int k = 0; k < len; k++) {
        char c = contactId.charAt(k);
        b[p++] = (byte) (c >>> 8);
        b[p++] = (byte) c;
      }
    } else {
      longIds.add(contactId);
    }
    used = p;
  }

  /**
   * The chunk that will hold id {@code id}'s record of at most {@code need} bytes at {@link #used},
   * with its offset recorded: a new chunk when {@code id} starts one (the full one trimmed to
   * size).
   */
  private byte[] room(int id, int need) {
    int chunk = id >>> CHUNK_SHIFT;
    int j = id & (CHUNK_IDS - 1);
    if (j == 0 && id > 0) {
      byte[] full = bytes[chunk - 1];
      bytes[chunk - 1] = Arrays.copyOf(full, used);
      if (chunk == bytes.length) {
        int n = chunk + (chunk >> 1) + 1;
        bytes = Arrays.copyOf(bytes, n);
        offsets = Arrays.copyOf(offsets, n);
      }
      bytes[chunk] = new byte[Math.max(64, used + (used >> 4))];
      offsets[chunk] = new int[CHUNK_IDS];
      used = 0;
    }
    int[] at = offsets[chunk];
    if (j == at.length) {
      at = Arrays.copyOf(at, Math.min(CHUNK_IDS, j * 2));
      offsets[chunk] = at;
    }
    at[j] = used;
    byte[] b = bytes[chunk];
    if (used + need > b.length) {
      b = Arrays.copyOf(b, Math.max(used + need, b.length + (b.length >> 1)));
      bytes[chunk] = b;
    }
    return b;
  }

  private void rehash() {
    int capacity = slots.length * 2;
    int[] bigger = new int[capacity];
    int mask = capacity - 1;
    for (int id = 0; id < size; id++) {
      int m = mix(hash(id));
      int i = m & mask;
      while (bigger[i] != 0) {
        i = (i + 1) & mask;
      }
      bigger[i] = (m & ~mask) | (id + 1);
    }
    slots = bigger;
    threshold = capacity / 4 * 3;
  }

  /** The {@link String#hashCode()} of id {@code id}'s text, from its record. */
  private int hash(int id) {
    byte[] b = bytes[id >>> CHUNK_SHIFT];
    int p = offsets[id >>> CHUNK_SHIFT][id & (CHUNK_IDS - 1)];
    long h = header(b, p);
    int header = (int) (h >>> 32);
    p = (int) h;
    int form = header & 3;
    return form == LONG ? longIds.get(header >>> 2).hashCode() : hash(b, p, header >>> 2, form);
  }

  /** The {@link String#hashCode()} of the {@code len} chars at {@code p} in form {@code form}. */
  private static int hash(byte[] b, int p, int len, int form) {
    int h = 0;
    if (form == LATIN1) {
      for (int k = 0; k < len; k++) {
        h = 31 * h + (b[p + k] & 0xFF);
      }
    } else {
      for (int k = 0; k < len; k++, p += 2) {
        h = 31 * h + (((b[p] & 0xFF) << 8) | (b[p + 1] & 0xFF));
      }
    }
    return h;
  }

  private static int mix(int h) {
    int x = h * 0x9E3779B9;
    return x ^ (x >>> 16);
  }

  /**
   * The heap bytes held, from the arrays' lengths (16 bytes of header per array and object, 4 per
   * reference); long ids count 56 bytes plus their chars.
   */
  long retainedBytes() {
    long total =
        64 + 16 + 2L * scratch.length + 16 + 4L * slots.length + 2 * (16 + 4L * bytes.length);
    for (int c = 0; c < bytes.length; c++) {
      if (bytes[c] != null) {
        total += 16 + bytes[c].length;
      }
      if (offsets[c] != null) {
        total += 16 + 4L * offsets[c].length;
      }
    }
    for (String s : longIds) {
      total += 56 + 2L * s.length();
    }
    return total;
  }
}
