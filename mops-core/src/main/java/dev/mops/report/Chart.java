package dev.mops.report;

import static java.util.Objects.requireNonNull;

/**
 * One chart of a report as a standalone SVG image: a short file-name-like {@link #name()} ({@code
 * quick-wins}), the {@link #title()} and the text {@link #description()} that screen readers read
 * (both also inside the SVG as {@code <title>} and {@code <desc>}), and the {@link #svg()} itself.
 * The SVG has no script and no external reference, and every number it draws is also written as
 * text. Reports make their charts; see {@link MonthlyUpdate#charts()} and {@link
 * QuarterlyReview#charts()}.
 *
 * @since 0.2
 */
public final class Chart {
  private final String name;
  private final String title;
  private final String description;
  private final String svg;

  private Chart(String name, String title, String description, String svg) {
    this.name = name;
    this.title = title;
    this.description = description;
    this.svg = svg;
  }

  /**
   * A chart of the given parts.
   *
   * @param name a short name of letters, digits and {@code -}, used as a file name
   * @param title the chart's title, plain text
   * @param description what the chart shows, in words, plain text
   * @param svg the SVG document
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if {@code name} is not 1 to 64 of {@code [a-z0-9-]}, or {@code
   *     svg} does not start with {@code <svg}
   */
  public static Chart of(String name, String title, String description, String svg) {
    requireNonNull(name, "name");
    requireNonNull(title, "title");
    requireNonNull(description, "description");
    requireNonNull(svg, "svg");
    if (!name.matches("[a-z0-9-]{1,64}")) {
      throw new IllegalArgumentException(
          "chart name must be 1 to 64 of [a-z0-9-]: " + dev.mops.core.internal.Visible.quote(name));
    }
    if (!svg.startsWith("<svg")) {
      throw new IllegalArgumentException("svg must start with <svg");
    }
    return new Chart(name, title, description, svg);
  }

  /** The short name, such as {@code quick-wins}; a file name without its {@code .svg}. */
  public String name() {
    return name;
  }

  /** The title, plain text. */
  public String title() {
    return title;
  }

  /** What the chart shows in words, plain text. */
  public String description() {
    return description;
  }

  /** The standalone SVG document, starting with {@code <svg}. */
  public String svg() {
    return svg;
  }

  /** Charts are equal when their name, title, description and SVG are. */
  @Override
  public boolean equals(Object o) {
    return o instanceof Chart c
        && name.equals(c.name)
        && title.equals(c.title)
        && description.equals(c.description)
        && svg.equals(c.svg);
  }

  @Override
  public int hashCode() {
    return ((name.hashCode() * 31 + title.hashCode()) * 31 + description.hashCode()) * 31
        + svg.hashCode();
  }

  /** Reads as {@code chart quick-wins: Quick wins by month (2,345 characters of SVG)}. */
  @Override
  public String toString() {
    return "chart " + name + ": " + title + " (" + svg.length() + " characters of SVG)";
  }
}
