package dev.mops.cli;

import dev.mops.check.Wording;
import dev.mops.json.LocatedPlan;
import dev.mops.json.MopsJson;
import dev.mops.json.MopsJsonException;
import dev.mops.model.DateRange;
import dev.mops.model.Plan;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;
import java.util.function.Function;

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

  /**
   * Reads a plan document, every failure naming the file: {@code cannot read plan.json: /id:
   * malformed JSON…}, or {@code x.csv is not a plan document: …} when the file is not JSON at all
   * (a CSV export, a picture) rather than a broken plan.
   */
  static Plan read(Path file) {
    return reading(file, MopsJson.standard()::read);
  }

  /**
   * Reads a plan document as {@link #read(Path)} does, with the same failures, keeping where each
   * element starts in the file.
   */
  static LocatedPlan readLocated(Path file) {
    return reading(file, MopsJson.standard()::readWithPositions);
  }

  private static <T> T reading(Path file, Function<Path, T> reader) {
    try {
      return reader.apply(file);
    } catch (UncheckedIOException e) {
      throw FileFailure.read(file, e);
    } catch (MopsJsonException e) {
      Optional<String> start = firstCharacters(file);
      if (start.isPresent() && !start.get().startsWith("{")) {
        throw FileFailure.notA(
            file,
            "plan document",
            "a plan document is a JSON object, starting with '{'; this file starts with "
                + Wording.visible("'" + start.get() + "'"),
            e);
      }
      throw FileFailure.read(file, String.valueOf(e.getMessage()), e);
    }
  }

  /**
   * Up to 12 characters of the file after leading white space and a byte-order mark, if readable.
   */
  private static Optional<String> firstCharacters(Path file) {
    byte[] head = new byte[64];
    int n;
    try (InputStream in = Files.newInputStream(file)) {
      n = in.readNBytes(head, 0, head.length);
    } catch (IOException e) {
      return Optional.empty();
    }
    String text = new String(head, 0, n, StandardCharsets.ISO_8859_1);
    int i = text.startsWith("\u00EF\u00BB\u00BF") ? 3 : 0;
    while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
      i++;
    }
    return i == text.length()
        ? Optional.empty()
        : Optional.of(text.substring(i, Math.min(text.length(), i + 12)));
  }

  /**
   * Refuses a report period that does not overlap the plan's: {@code 2030-01 is outside the plan's
   * period 2027-01-01/2027-12-31}, exit code 2, instead of an empty-looking report.
   */
  static void requireWithin(Plan plan, DateRange period, String label) {
    if (!plan.period().overlaps(period)) {
      throw new IllegalArgumentException(
          label + " is outside the plan's period " + plan.period() + "; choose one within it");
    }
  }
}
