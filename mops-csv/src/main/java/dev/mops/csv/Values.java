package dev.mops.csv;

import java.util.ArrayList;
import java.util.List;

/**
 * The accepted values of one column with a fixed set (event, bounce type, kind, booleans) under a
 * mapping: canonical names, the mapping's synonyms and its skipped values, matched
 * case-insensitively against a field without allocating.
 */
final class Values {
  /** The code of a value whose row is skipped. */
  static final int SKIP = -2;

  /** The code of an unknown value. */
  static final int UNKNOWN = -1;

  private final char[][] keys;
  private final int[] codes;
  private final boolean skips;
  private final String what;

  /** The values of {@code column}, whose canonical values are {@code canonical}, in {@code m}. */
  Values(String column, List<String> canonical, ColumnMapping m) {
    List<char[]> k = new ArrayList<>();
    List<Integer> c = new ArrayList<>();
    for (int i = 0; i < canonical.size(); i++) {
      k.add(canonical.get(i).toCharArray());
      c.add(i);
    }
    m.synonyms(column)
        .forEach(
            (vendor, value) -> {
              k.add(vendor.toCharArray());
              c.add(canonical.indexOf(value));
            });
    m.skippedValues(column)
        .forEach(
            vendor -> {
              k.add(vendor.toCharArray());
              c.add(SKIP);
            });
    this.keys = k.toArray(new char[0][]);
    this.codes = c.stream().mapToInt(Integer::intValue).toArray();
    this.skips = !m.skippedValues(column).isEmpty();
    String names =
        canonical.size() == 2
            ? canonical.get(0) + " or " + canonical.get(1)
            : "one of " + String.join(", ", canonical);
    this.what = names + (m.synonyms(column).isEmpty() ? "" : " or a synonym of the column mapping");
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

  /** Whether some values skip their rows. */
  boolean skips() {
    return skips;
  }

  /** What the column expects, as in {@code "expected " + what()}. */
  String what() {
    return what;
  }
}
