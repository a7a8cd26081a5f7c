package dev.mops.cli;

import dev.mops.json.MopsJson;
import dev.mops.model.Plan;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/** The bundled sample inputs, used when a command is given no file. */
final class Samples {
  /** The seed article's automotive plan, as a plan document. */
  static final String PLAN = "sample-plan.json";

  /** Six months of email events for about 1,400 contacts. */
  static final String EVENTS = "sample-events.csv";

  private Samples() {}

  static Plan plan(PrintWriter err) {
    err.println(
        "mops: no plan given; using the bundled sample plan (the automotive plan of the seed article)");
    try (InputStream in = open(PLAN)) {
      return MopsJson.standard().read(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static Path events(PrintWriter err) {
    err.println("mops: no events file given; using the bundled sample of email events");
    try (InputStream in = open(EVENTS)) {
      Path tmp = Files.createTempFile("mops-sample-events", ".csv");
      tmp.toFile().deleteOnExit();
      Files.copy(in, tmp, StandardCopyOption.REPLACE_EXISTING);
      return tmp;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static InputStream open(String name) {
    InputStream in = Samples.class.getResourceAsStream(name);
    if (in == null) {
      throw new IllegalStateException("bundled sample missing from the jar: " + name);
    }
    return in;
  }

  static Plan read(Path file) {
    try {
      return MopsJson.standard().read(file);
    } catch (UncheckedIOException e) {
      throw FileFailure.read(file, e);
    }
  }
}
