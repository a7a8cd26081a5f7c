package dev.mops.report;

import dev.mops.core.internal.Visible;
import java.util.ArrayList;
import java.util.List;

/**
 * Small HTML helpers shared by the reports: escaping of plan text, the page around a report, and
 * the conversion of the reports' own Markdown (the subset they write) to HTML, so that a report's
 * text is written once, in its Markdown, and its HTML page says exactly the same.
 */
final class Html {
  private Html() {}

  /** The page's style: print on one A4 or Letter page, readable on a phone, no web fonts. */
  private static final String STYLE =
      """
      @page{size:auto;margin:12mm}
      *{box-sizing:border-box}
      body{font:14px/1.4 system-ui,-apple-system,"Segoe UI",Roboto,"Noto Sans",Arial,sans-serif;\
      color:#1a1a1a;background:#fff;margin:0 auto;padding:12px;max-width:186mm}
      h1{font-size:20px;margin:0 0 2px}h2{font-size:16px;margin:14px 0 4px;\
      border-bottom:1px solid #ccc}h3{font-size:14px;margin:10px 0 2px}
      p,ul{margin:4px 0}ul{padding-left:20px}.meta{color:#444;margin-bottom:8px}
      table{border-collapse:collapse;margin:4px 0;font-size:13px}
      th,td{border:1px solid #bbb;padding:2px 6px;text-align:left;vertical-align:top}
      .charts{display:grid;grid-template-columns:repeat(auto-fit,minmax(280px,1fr));gap:8px 14px}
      figure{margin:0;break-inside:avoid}
      svg{display:block;width:100%;height:auto;max-width:100%}
      @media print{body{padding:0;font-size:11px}h1{font-size:16px}h2{font-size:13px}\
      table{font-size:10px}}
      """;

  /**
   * Plan text made safe and literal in HTML text or an attribute value: line breaks become spaces,
   * control characters and bidirectional overrides are shown as visible escapes ({@link
   * Visible#text(String)}), and {@code & < > " '} become character references.
   */
  static String text(String text) {
    StringBuilder flat = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\r' || c == '\n') {
        if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
          i++;
        }
        flat.append(' ');
      } else {
        flat.append(c);
      }
    }
    return escape(Visible.text(flat.toString()));
  }

  /** {@code & < > " '} as character references; nothing else changes. */
  static String escape(String s) {
    StringBuilder b = new StringBuilder(s.length() + 16);
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '&' -> b.append("&amp;");
        case '<' -> b.append("&lt;");
        case '>' -> b.append("&gt;");
        case '"' -> b.append("&quot;");
        case '\'' -> b.append("&#39;");
        default -> b.append(c);
      }
    }
    return b.toString();
  }

  /**
   * The self-contained page of a report: its title, the charts (inline SVG, each in a figure with
   * its description as caption) and the body converted from the report's Markdown. No script, no
   * external reference.
   */
  static String page(List<Chart> charts, String markdown) {
    List<String> lines = markdown.lines().toList();
    String title =
        !lines.isEmpty() && lines.get(0).startsWith("# ") ? inline(lines.get(0).substring(2)) : "";
    StringBuilder h = new StringBuilder(8192);
    h.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
        .append("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; ")
        .append("style-src 'unsafe-inline'; img-src data:\">\n")
        .append("<title>")
        .append(title.replace("<strong>", "").replace("</strong>", ""))
        .append("</title>\n<style>\n")
        .append(STYLE)
        .append("</style>\n</head>\n<body>\n");
    // the heading and the line under it come first, then the charts, then the rest
    int start = 0;
    StringBuilder head = new StringBuilder();
    if (!lines.isEmpty() && lines.get(0).startsWith("# ")) {
      head.append("<h1>").append(inline(lines.get(0).substring(2))).append("</h1>\n");
      start = 1;
      while (start < lines.size() && lines.get(start).isEmpty()) {
        start++;
      }
      if (start < lines.size() && !lines.get(start).startsWith("#")) {
        head.append("<p class=\"meta\">").append(inline(lines.get(start))).append("</p>\n");
        start++;
      }
    }
    h.append(head);
    if (!charts.isEmpty()) {
      h.append("<section class=\"charts\" aria-label=\"Charts\">\n");
      for (Chart c : charts) {
        h.append("<figure id=\"chart-")
            .append(c.name())
            .append("\">\n")
            .append(c.svg())
            .append("\n</figure>\n");
      }
      h.append("</section>\n");
    }
    body(h, lines.subList(start, lines.size()));
    return h.append("</body>\n</html>\n").toString();
  }

  /** The block structure of the reports' Markdown: headings, paragraphs, lists, tables, fences. */
  private static void body(StringBuilder h, List<String> lines) {
    int i = 0;
    while (i < lines.size()) {
      String line = lines.get(i);
      if (line.isEmpty()) {
        i++;
      } else if (line.startsWith("```")) {
        // a fenced block (a Mermaid diagram): the page draws its own charts instead
        i++;
        while (i < lines.size() && !lines.get(i).startsWith("```")) {
          i++;
        }
        i++;
      } else if (line.startsWith("### ")) {
        h.append("<h3>").append(inline(line.substring(4))).append("</h3>\n");
        i++;
      } else if (line.startsWith("## ")) {
        h.append("<h2>").append(inline(line.substring(3))).append("</h2>\n");
        i++;
      } else if (line.startsWith("# ")) {
        h.append("<h1>").append(inline(line.substring(2))).append("</h1>\n");
        i++;
      } else if (line.startsWith("- ")) {
        h.append("<ul>\n");
        while (i < lines.size()
            && (lines.get(i).startsWith("- ") || lines.get(i).startsWith("  - "))) {
          h.append("<li>").append(inline(lines.get(i).substring(2)));
          i++;
          if (i < lines.size() && lines.get(i).startsWith("  - ")) {
            h.append("\n<ul>\n");
            while (i < lines.size() && lines.get(i).startsWith("  - ")) {
              h.append("<li>").append(inline(lines.get(i).substring(4))).append("</li>\n");
              i++;
            }
            h.append("</ul>\n");
          }
          h.append("</li>\n");
        }
        h.append("</ul>\n");
      } else if (line.startsWith("|")) {
        List<List<String>> rows = new ArrayList<>();
        while (i < lines.size() && lines.get(i).startsWith("|")) {
          if (!lines.get(i).startsWith("|---")) {
            rows.add(cells(lines.get(i)));
          }
          i++;
        }
        h.append("<table>\n");
        for (int r = 0; r < rows.size(); r++) {
          String tag = r == 0 ? "th" : "td";
          h.append("<tr>");
          for (String cell : rows.get(r)) {
            h.append('<')
                .append(tag)
                .append('>')
                .append(inline(cell))
                .append("</")
                .append(tag)
                .append('>');
          }
          h.append("</tr>\n");
        }
        h.append("</table>\n");
      } else {
        h.append("<p>").append(inline(line)).append("</p>\n");
        i++;
      }
    }
  }

  /** The cells of a table row {@code | a | b |}, split at the pipes that are not escaped. */
  private static List<String> cells(String row) {
    List<String> cells = new ArrayList<>();
    StringBuilder cell = new StringBuilder();
    for (int i = 1; i < row.length(); i++) {
      char c = row.charAt(i);
      if (c == '\\' && i + 1 < row.length()) {
        cell.append(c).append(row.charAt(++i));
      } else if (c == '|') {
        cells.add(cell.toString().strip());
        cell.setLength(0);
      } else {
        cell.append(c);
      }
    }
    return cells;
  }

  /**
   * A line of the reports' Markdown as HTML: {@code **strong**} where the report wrote it, the
   * backslash escapes of plan text undone (a backslash before ASCII punctuation), and the text
   * escaped for HTML.
   */
  static String inline(String md) {
    StringBuilder b = new StringBuilder(md.length() + 16);
    boolean strong = false;
    for (int i = 0; i < md.length(); i++) {
      char c = md.charAt(i);
      if (c == '\\' && i + 1 < md.length() && punctuation(md.charAt(i + 1))) {
        b.append(escape(String.valueOf(md.charAt(++i))));
      } else if (c == '*' && i + 1 < md.length() && md.charAt(i + 1) == '*') {
        b.append(strong ? "</strong>" : "<strong>");
        strong = !strong;
        i++;
      } else {
        b.append(escape(String.valueOf(c)));
      }
    }
    if (strong) {
      b.append("</strong>");
    }
    return b.toString();
  }

  private static boolean punctuation(char c) {
    return c < 128 && "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~".indexOf(c) >= 0;
  }
}
