package dev.mops.json.internal;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A format version {@code major.minor}, e.g. {@code 1.0}. */
public record FormatVersion(int major, int minor) {
  /** The version this mops writes and reads. */
  public static final FormatVersion READER = new FormatVersion(1, 0);

  private static final Pattern TEXT = Pattern.compile("(0|[1-9][0-9]{0,8})\\.(0|[1-9][0-9]{0,8})");

  /** Parses {@code 1.0}; empty if the text is not {@code major.minor}. */
  static java.util.Optional<FormatVersion> parse(String text) {
    Matcher m = TEXT.matcher(text);
    if (!m.matches()) {
      return java.util.Optional.empty();
    }
    return java.util.Optional.of(
        new FormatVersion(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2))));
  }

  /** Whether this is a later minor version of the reader's major version. */
  boolean isNewerThanReader() {
    return major == READER.major && minor > READER.minor;
  }

  @Override
  public String toString() {
    return major + "." + minor;
  }
}
