package dev.mops.examples;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.function.Consumer;

/** Captures what an example prints. */
final class ExampleOutput {
  private ExampleOutput() {}

  static String of(Consumer<PrintStream> example) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8)) {
      example.accept(out);
    }
    return bytes.toString(StandardCharsets.UTF_8);
  }
}
