package dev.mops.cli;

/** The output formats of the commands that print results. */
enum OutputFormat {
  /** Human-readable text. */
  text,
  /** One JSON document. */
  json
}
