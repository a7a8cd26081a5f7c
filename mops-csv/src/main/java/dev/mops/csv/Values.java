package dev.mops.csv;

import java.util.ArrayList;
import java.util.List;

/**
 * The accepted values of one column with a fixed set (event, bounce type, kind, booleans):
 * canonical names, the mapping's synonyms and its skipped values, matched case-insensitively
 * against a field without allocating.
 */
final class Values {
  /** The code of a value whose row is skipped. */
  static final int SKIP = -2;

  /** The code of an unknown value. */
  static final int UNKNOWN = -1;

  private final char[][] keys;
  private final int[] codes;
  private final String expected;

  Values(String column, ColumnMapping mapping) {
    List<String> canonical = ColumnMapping.canonicalValues(column);
    List<char[]> k = new ArrayList<>();
    List<Integer> c = new ArrayList<>();
    for (int i = 0; i < canonical.size(); i++) {
      k.add(canonical.get(i).toCharArray());
      c.add(i);
    }
    mapping
        .synonyms(column)
        .forEach(
            (vendor, value) -> {
              k.add(vendor.toCharArray());
              c.add(canonical.indexOf(value));
            });
    mapping
        .skippedValues(column)
        .forEach(
            vendor -> {
              k.add(vendor.toCharArray());
              c.add(SKIP);
            });
    this.keys = k.toArray(new char[0][]);
    this.codes = c.stream().mapToInt(Integer::intValue).toArray();
    String names =
        canonical.size() == 2
            ? canonical.get(0) + " or " + canonical.get(1)
            : "one of " + String.join(", ", canonical);
    this.expected =
        "expected "
            + names
            + (mapping.synonyms(column).isEmpty() ? "" : " or a synonym of the column mapping");
  }

  /** The index of the canonical value of {@code b[s, e)}, {@link #SKIP} or {@link #UNKNOWN}. */
  int lookup(char[] b, int s, int e) {
    int len = e - s;
    outer:
    for (int i = 0; i < keys.length; i++) {
      char[] key = keys[i];
      if (key.length != len) {
        continue;
      }
      for (int j = 0; j < len; j++) {
        char ch = b[s + j];
        if (ch != key[j] && Character.toLowerCase(ch) != key[j]) {
          continue outer;
        }
      }
      return codes[i];
    }
    return UNKNOWN;
  }

  /** What the column expects, for errors. */
  String expected() {
    return expected;
  }
}
