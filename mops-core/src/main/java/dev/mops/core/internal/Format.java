package dev.mops.core.internal;

import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * Words for the sentences messages and results print: nouns with their article, zones. Numbers are
 * written by {@code dev.mops.metrics.Figures}.
 */
public final class Format {
  private Format() {}

  /**
   * {@code noun} after its indefinite article: {@code a capability}, {@code an objective}, {@code
   * an OKR}.
   */
  public static String withArticle(String noun) {
    return ("aeiouAEIO".indexOf(noun.charAt(0)) >= 0 ? "an " : "a ") + noun;
  }

  /** A zone for sentences: {@code UTC} for the UTC offset, else its id. */
  public static String zone(ZoneId zone) {
    return zone.equals(ZoneOffset.UTC) ? "UTC" : zone.getId();
  }
}
