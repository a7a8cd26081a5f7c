package dev.mops.cli;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * A file the command line could not read or write, told apart in one line: {@code no such file:
 * FILE}, {@code cannot read FILE: reason} or {@code cannot write FILE: reason}. Exit code 2.
 */
final class FileFailure extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private FileFailure(String message, Exception cause) {
    super(message, cause);
  }

  /** {@code file} was read but does not hold what it should: {@code FILE is not a WHAT: why}. */
  static FileFailure notA(Path file, String what, String why, Exception cause) {
    return new FileFailure(file + " is not a " + what + ": " + why, cause);
  }

  /** {@code file} was read but its content was refused with {@code reason}. */
  static FileFailure read(Path file, String reason, Exception cause) {
    return new FileFailure("cannot read " + file + ": " + reason, cause);
  }

  /** Reading {@code file} failed. */
  static FileFailure read(Path file, IOException cause) {
    if (cause instanceof NoSuchFileException) {
      return new FileFailure("no such file: " + file, cause);
    }
    return new FileFailure("cannot read " + file + ": " + reason(file, cause), cause);
  }

  /** Reading {@code file} failed with {@code e}, which wraps the I/O failure. */
  static FileFailure read(Path file, java.io.UncheckedIOException e) {
    return read(
        file, java.util.Objects.requireNonNullElseGet(e.getCause(), () -> new IOException(e)));
  }

  /** Writing {@code file} failed. */
  static FileFailure write(Path file, IOException cause) {
    if (cause instanceof NoSuchFileException) {
      return new FileFailure("cannot write " + file + ": its directory does not exist", cause);
    }
    return new FileFailure("cannot write " + file + ": " + reason(file, cause), cause);
  }

  private static String reason(Path file, IOException e) {
    if (Files.isDirectory(file)) {
      return "it is a directory";
    }
    if (e instanceof AccessDeniedException) {
      return "permission denied";
    }
    if (e instanceof FileSystemException f && f.getReason() != null) {
      return f.getReason();
    }
    return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
  }
}
