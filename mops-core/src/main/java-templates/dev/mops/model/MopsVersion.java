package dev.mops.model;

/**
 * The version of the mops SDK, written into this class by the build from the project's version (the
 * one fact every other place reads: {@code mops --version}, the JShell banner, the Jackson module's
 * {@code version()}).
 *
 * <pre>{@code
 * MopsVersion.current();   // "0.1.0-SNAPSHOT"
 * }</pre>
 *
 * @since 0.2
 */
public final class MopsVersion {
  private static final String VERSION = "${project.version}";

  private MopsVersion() {}

  /** The version of the SDK on the class path, as Maven writes it ({@code 0.1.0-SNAPSHOT}). */
  public static String current() {
    return VERSION;
  }
}
