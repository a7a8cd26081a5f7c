package dev.mops.core.internal;

import static java.util.Objects.requireNonNull;

import java.util.Locale;
import java.util.Optional;

/**
 * "Did you mean": the known name closest to a misspelt one, by optimal-string-alignment distance
 * (insertions, deletions, substitutions and swaps of neighbours), compared without case, as the
 * command line suggests options. A name is suggested only when it is close: at most 1 edit for
 * names of up to 4 characters, 2 up to 8, 3 beyond; a tie goes to the candidate seen first.
 *
 * <p>The work is bounded by the input: each comparison costs at most {@link #MAX_LENGTH} squared
 * steps (longer names are never compared), candidates whose length differs by more than the allowed
 * distance are skipped at once, and the caller decides how many candidates to offer. Not API.
 */
public final class Suggestions {
  /** Names longer than this are not compared (a typo of a 200-character id helps nobody). */
  public static final int MAX_LENGTH = 64;

  private final String original;
  private final String wanted;
  private final int limit;
  private String best = "";
  private int bestDistance = Integer.MAX_VALUE;

  private Suggestions(String wanted) {
    this.original = wanted;
    this.wanted = wanted.toLowerCase(Locale.ROOT);
    int n = wanted.length();
    this.limit = n <= 4 ? 1 : n <= 8 ? 2 : 3;
  }

  /**
   * Starts a search for names close to {@code wanted}.
   *
   * @throws NullPointerException if {@code wanted} is null
   */
  public static Suggestions closeTo(String wanted) {
    return new Suggestions(requireNonNull(wanted, "wanted"));
  }

  /** The closest of {@code candidates} to {@code wanted}, if one is close enough. */
  public static Optional<String> closest(String wanted, Iterable<String> candidates) {
    Suggestions s = closeTo(wanted);
    for (String c : candidates) {
      s.offer(c);
    }
    return s.best();
  }

  /**
   * Offers one candidate; an exact match (the same name, same case) is never suggested.
   *
   * @return this
   * @throws NullPointerException if {@code candidate} is null
   */
  public Suggestions offer(String candidate) {
    requireNonNull(candidate, "candidate");
    if (wanted.length() > MAX_LENGTH
        || candidate.length() > MAX_LENGTH
        || Math.abs(candidate.length() - wanted.length()) > limit) {
      return this;
    }
    Work.add(1);
    String c = candidate.toLowerCase(Locale.ROOT);
    // the same name is no suggestion; a name that differs only in case is one edit away
    int d = candidate.equals(original) ? 0 : c.equals(wanted) ? 1 : distance(wanted, c);
    if (d > 0 && d <= limit && d < bestDistance) {
      best = candidate;
      bestDistance = d;
    }
    return this;
  }

  /** The closest candidate offered, if one was close enough. */
  public Optional<String> best() {
    return bestDistance == Integer.MAX_VALUE ? Optional.empty() : Optional.of(best);
  }

  /** Optimal string alignment distance; both at most {@link #MAX_LENGTH} long. */
  static int distance(String a, String b) {
    int n = a.length();
    int m = b.length();
    int[][] d = new int[n + 1][m + 1];
    for (int i = 0; i <= n; i++) {
      d[i][0] = i;
    }
    for (int j = 0; j <= m; j++) {
      d[0][j] = j;
    }
    for (int i = 1; i <= n; i++) {
      for (int j = 1; j <= m; j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        int v = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
        if (i > 1
            && j > 1
            && a.charAt(i - 1) == b.charAt(j - 2)
            && a.charAt(i - 2) == b.charAt(j - 1)) {
          v = Math.min(v, d[i - 2][j - 2] + 1);
        }
        d[i][j] = v;
      }
    }
    return d[n][m];
  }
}
