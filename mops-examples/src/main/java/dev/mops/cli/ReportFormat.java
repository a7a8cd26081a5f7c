package dev.mops.cli;

/** The formats of {@code mops report} and {@code mops review}. */
enum ReportFormat {
  /** Markdown, with Mermaid diagrams where the report has them. */
  md,
  /** One self-contained HTML page with the charts inline. */
  html,
  /** The charts alone, one SVG file per chart, into a directory. */
  svg
}
