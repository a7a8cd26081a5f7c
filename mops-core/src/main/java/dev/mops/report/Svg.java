package dev.mops.report;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * A small writer of accessible SVG: {@code role="img"} with a {@code <title>} and a {@code <desc>}
 * that it points to, the shared patterns and text styles, and shapes whose text is always escaped
 * with {@link Html#text(String)}. Coordinates are written with at most one decimal, the same on
 * every platform.
 */
final class Svg {
  /** The Okabe–Ito colours, safe for the common colour-vision deficiencies. */
  static final String BLUE = "#0072B2";

  static final String ORANGE = "#E69F00";
  static final String GREEN = "#009E73";
  static final String VERMILLION = "#D55E00";
  static final String SKY = "#56B4E9";
  static final String PURPLE = "#CC79A7";
  static final String INK = "#1a1a1a";
  static final String GREY = "#666666";

  /** The width of every chart's view box; pages scale them to their column. */
  static final int WIDTH = 400;

  private final String id;
  private final String title;
  private String description;
  private final StringBuilder b = new StringBuilder(4096);
  private int height;

  /** A chart with the given id (its name), title and description, both plain text. */
  Svg(String id, String title, String description) {
    this.id = id;
    this.title = title;
    this.description = description;
  }

  /** Sets the description, plain text. */
  Svg describe(String description) {
    this.description = description;
    return this;
  }

  /** The fill that refers to this chart's hatch pattern. */
  String hatch() {
    return "url(#" + id + "-hatch)";
  }

  /** The fill that refers to this chart's dotted pattern (green with white dots). */
  String dots() {
    return "url(#" + id + "-dots)";
  }

  Svg rect(double x, double y, double w, double h, String fill, String stroke) {
    b.append("<rect x=\"")
        .append(n(x))
        .append("\" y=\"")
        .append(n(y))
        .append("\" width=\"")
        .append(n(Math.max(w, 0)))
        .append("\" height=\"")
        .append(n(Math.max(h, 0)))
        .append("\" fill=\"")
        .append(fill)
        .append('"');
    if (!stroke.isEmpty()) {
      b.append(" stroke=\"").append(stroke).append("\" stroke-width=\"1\"");
    }
    b.append("/>\n");
    return this;
  }

  Svg line(double x1, double y1, double x2, double y2, String stroke, boolean dashed) {
    b.append("<line x1=\"")
        .append(n(x1))
        .append("\" y1=\"")
        .append(n(y1))
        .append("\" x2=\"")
        .append(n(x2))
        .append("\" y2=\"")
        .append(n(y2))
        .append("\" stroke=\"")
        .append(stroke)
        .append("\" stroke-width=\"")
        .append(dashed ? "1.5\" stroke-dasharray=\"4 3\"" : "1.5\"")
        .append("/>\n");
    return this;
  }

  /** A polyline through the points {@code x0,y0,x1,y1,...}. */
  Svg polyline(double[] xy, String stroke) {
    b.append("<polyline fill=\"none\" stroke=\"")
        .append(stroke)
        .append("\" stroke-width=\"2\" points=\"");
    for (int i = 0; i + 1 < xy.length; i += 2) {
      b.append(i == 0 ? "" : " ").append(n(xy[i])).append(',').append(n(xy[i + 1]));
    }
    b.append("\"/>\n");
    return this;
  }

  Svg circle(double x, double y, double r, String fill) {
    b.append("<circle cx=\"")
        .append(n(x))
        .append("\" cy=\"")
        .append(n(y))
        .append("\" r=\"")
        .append(n(r))
        .append("\" fill=\"")
        .append(fill)
        .append("\"/>\n");
    return this;
  }

  /**
   * Plain text (escaped here) at a point; {@code anchor} is {@code start}, {@code middle} or {@code
   * end}; {@code style} is empty, {@code b} (bold) or {@code s} (small, grey).
   */
  Svg text(double x, double y, String text, String anchor, String style) {
    b.append("<text x=\"").append(n(x)).append("\" y=\"").append(n(y)).append('"');
    if (!anchor.equals("start")) {
      b.append(" text-anchor=\"").append(anchor).append('"');
    }
    switch (style) {
      case "b" -> b.append(" font-weight=\"bold\"");
      case "s" -> b.append(" font-size=\"10\" fill=\"").append(GREY).append('"');
      case "" -> {}
      default -> b.append(" fill=\"").append(style).append("\" font-weight=\"bold\"");
    }
    b.append('>').append(Html.text(text)).append("</text>\n");
    return this;
  }

  /** Makes the view box {@code height} high. */
  Svg height(int height) {
    this.height = height;
    return this;
  }

  /** The finished SVG document. */
  String build() {
    return "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 "
        + WIDTH
        + " "
        + height
        + "\" width=\""
        + WIDTH
        + "\" height=\""
        + height
        + "\" role=\"img\" aria-labelledby=\""
        + id
        + "-title "
        + id
        + "-desc\" font-family=\"system-ui, -apple-system, 'Segoe UI', Roboto, 'Noto Sans',"
        + " Arial, sans-serif\" font-size=\"12\" fill=\""
        + INK
        + "\">\n<title id=\""
        + id
        + "-title\">"
        + Html.text(title)
        + "</title>\n<desc id=\""
        + id
        + "-desc\">"
        + Html.text(description)
        + "</desc>\n<defs><pattern id=\""
        + id
        + "-hatch\" width=\"6\" height=\"6\" patternUnits=\"userSpaceOnUse\""
        + " patternTransform=\"rotate(45)\"><rect width=\"6\" height=\"6\" fill=\"#fff\"/>"
        + "<line x1=\"0\" y1=\"0\" x2=\"0\" y2=\"6\" stroke=\""
        + GREY
        + "\" stroke-width=\"2\"/></pattern><pattern id=\""
        + id
        + "-dots\" width=\"5\" height=\"5\" patternUnits=\"userSpaceOnUse\">"
        + "<rect width=\"5\" height=\"5\" fill=\""
        + GREEN
        + "\"/><circle cx=\"2.5\" cy=\"2.5\" r=\"1.1\" fill=\"#fff\"/></pattern></defs>\n"
        + b
        + "</svg>";
  }

  /** Plan text cut to {@code max} characters with an ellipsis, for a label with little room. */
  static String cut(String text, int max) {
    return text.codePointCount(0, text.length()) <= max
        ? text
        : text.substring(0, text.offsetByCodePoints(0, max - 1)) + "…";
  }

  /** A coordinate with at most one decimal: {@code 12}, {@code 12.5}. */
  static String n(double v) {
    if (!Double.isFinite(v)) {
      return "0";
    }
    return BigDecimal.valueOf(v)
        .setScale(1, RoundingMode.HALF_UP)
        .stripTrailingZeros()
        .toPlainString();
  }
}
