package dev.mops.json;

import static java.util.Objects.requireNonNull;

import dev.mops.check.CheckReport;
import dev.mops.json.internal.Engine;
import dev.mops.json.internal.FormatVersion;
import dev.mops.json.internal.Outputs;
import dev.mops.metrics.EmailReport;
import dev.mops.metrics.WorkMix;
import dev.mops.model.Plan;
import java.io.BufferedOutputStream;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.Optional;

/**
 * Reads and writes mops plan documents: JSON in the versioned mops format (see {@code
 * docs/format.md} and {@link #schema()}). Also writes the documents the command line prints about a
 * plan: the findings of a check ({@link #writeFindingsString(CheckReport)}) and the email report by
 * month ({@link #writeEmailReportString(EmailReport)}), in the same layout.
 *
 * <pre>{@code
 * MopsJson json = MopsJson.standard();
 * Plan plan = json.read(Path.of("plan.json"));
 * String text = json.writeString(plan);
 * String forStakeholders = json.writePublicString(plan);
 * }</pre>
 *
 * <p>Reading is strict: unknown properties, duplicate keys, trailing content, wrong types, nulls,
 * missing required values, broken model invariants and input over the {@link ReadLimits} are all
 * reported as a {@link MopsJsonException} with the JSON Pointer, line and column of the value at
 * fault. Failing I/O is reported as an {@link UncheckedIOException}; nothing else escapes, whatever
 * the input.
 *
 * <p>Encoding: byte input (a file, a stream) must be UTF-8 (RFC 8259); a leading UTF-8 byte order
 * mark is skipped. Malformed UTF-8 of any kind (overlong forms, encoded surrogates, code points
 * above U+10FFFF, bytes that never occur in UTF-8, truncated sequences, stray continuation bytes)
 * is refused with the byte offset, line and column; so are UTF-16 and UTF-32 documents, with or
 * without a byte order mark. Strings holding an unpaired surrogate (such as a lone escaped {@code
 * \uD800}) are refused too: they cannot be written back as UTF-8.
 *
 * <p>Writing is deterministic: properties in a fixed order, two-space indentation, {@code \n} line
 * ends, optional values and empty lists left out, defaults left out. Reading a written document
 * gives a plan equal to the one written. The writer follows the {@link ReadLimits}: a reader with
 * the same limits reads back whatever it writes, and a plan it cannot write within them (a longer
 * string or number, deeper extensions, more values, a longer document, an unpaired surrogate) is
 * refused with a {@link MopsJsonException} naming the value.
 *
 * <p>Instances are immutable and thread-safe. This class and {@link MopsJsonException} use no
 * Jackson type in their signatures, so mops-json can sit beside Jackson 2 on a class path.
 *
 * @since 0.1.0
 */
public final class MopsJson {
  /** The format version written by this mops, {@code "1.0"}. */
  public static final String FORMAT_VERSION = FormatVersion.READER.toString();

  private static final String SCHEMA_RESOURCE = "mops-plan-1.0.schema.json";
  private static final MopsJson STANDARD = new MopsJson(ReadLimits.defaults());

  private final Engine engine;

  private MopsJson(ReadLimits limits) {
    this.engine = new Engine(limits);
  }

  /** The reader and writer with the {@linkplain ReadLimits#defaults() default limits}. */
  public static MopsJson standard() {
    return STANDARD;
  }

  /** Returns a builder, to set other limits. */
  public static Builder builder() {
    return new Builder();
  }

  /** The limits this reader enforces. */
  public ReadLimits limits() {
    return engine.limits();
  }

  /**
   * Reads the plan document in a file, which must be UTF-8 (a leading byte order mark is skipped).
   *
   * @throws MopsJsonException if the document is not a valid plan document or exceeds a limit
   * @throws UncheckedIOException if the file cannot be read
   */
  public Plan read(Path file) {
    requireNonNull(file, "file");
    try {
      checkSize(file);
      try (InputStream in = Files.newInputStream(file)) {
        return engine.read(in);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Reads the plan document in a file as {@link #read(Path)} does, with the same errors, and keeps
   * where each element of the plan starts in the file's text (line and column), by the element's
   * JSON pointer: what {@code mops check} needs to print {@code file:line:col} before a finding. It
   * holds the document's text while it reads (within {@link ReadLimits#maxDocumentLength()}) and
   * keeps one position per element.
   *
   * @throws MopsJsonException if the document is not a valid plan document or exceeds a limit
   * @throws UncheckedIOException if the file cannot be read
   * @since 0.2
   */
  public LocatedPlan readWithPositions(Path file) {
    requireNonNull(file, "file");
    byte[] bytes;
    try {
      checkSize(file);
      bytes = Files.readAllBytes(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    Plan plan = engine.read(new ByteArrayInputStream(bytes));
    // accepted, so the bytes are well-formed UTF-8 within the limits
    return new LocatedPlan(
        plan,
        Optional.of(file.toString()),
        engine.positions(new String(bytes, StandardCharsets.UTF_8)));
  }

  /**
   * Reads a plan document from its text as {@link #readString(String)} does, with the same errors,
   * and keeps where each element starts (see {@link #readWithPositions(Path)}).
   *
   * @throws MopsJsonException if the document is not a valid plan document or exceeds a limit
   * @since 0.2
   */
  public LocatedPlan readStringWithPositions(String json) {
    Plan plan = engine.read(requireNonNull(json, "json"));
    return new LocatedPlan(plan, Optional.empty(), engine.positions(json));
  }

  private void checkSize(Path file) throws IOException {
    long size = Files.size(file);
    if (size > limits().maxDocumentLength()) {
      throw new MopsJsonException(
          "the document of "
              + size
              + " bytes is longer than the limit of "
              + limits().maxDocumentLength(),
          "",
          0,
          0,
          Optional.empty(),
          Optional.empty());
    }
  }

  /**
   * Reads the plan document in a stream of UTF-8 bytes, up to its end; the stream is not closed.
   *
   * @throws MopsJsonException if the document is not a valid plan document or exceeds a limit
   * @throws UncheckedIOException if the stream fails
   */
  public Plan read(InputStream in) {
    return engine.read(requireNonNull(in, "in"));
  }

  /**
   * Reads a plan document from its text.
   *
   * @throws MopsJsonException if the document is not a valid plan document or exceeds a limit
   */
  public Plan readString(String json) {
    return engine.read(requireNonNull(json, "json"));
  }

  /**
   * Writes the whole plan, internal elements included, as a document text ending in a line feed.
   *
   * @throws MopsJsonException if the plan cannot be written within the limits
   */
  public String writeString(Plan plan) {
    return engine.writeString(requireNonNull(plan, "plan"));
  }

  /**
   * Writes the whole plan to a file as UTF-8, replacing it.
   *
   * @throws MopsJsonException if the plan cannot be written within the limits; the file may then
   *     hold the start of the document
   * @throws UncheckedIOException if the file cannot be written
   */
  public void write(Plan plan, Path file) {
    requireNonNull(plan, "plan");
    requireNonNull(file, "file");
    try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file))) {
      engine.write(plan, out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Writes the whole plan to a stream as UTF-8; the stream is flushed, not closed.
   *
   * @throws MopsJsonException if the plan cannot be written within the limits; the stream may then
   *     hold the start of the document
   * @throws UncheckedIOException if the stream fails
   */
  public void write(Plan plan, OutputStream out) {
    engine.write(requireNonNull(plan, "plan"), requireNonNull(out, "out"));
  }

  /**
   * Writes what stakeholders may see: the plan's {@linkplain Plan#publicView() public view},
   * without internal goals, internal notes and anything marked internal.
   */
  public String writePublicString(Plan plan) {
    return writeString(requireNonNull(plan, "plan").publicView());
  }

  /** Writes the plan's {@linkplain Plan#publicView() public view} to a file as UTF-8. */
  public void writePublic(Plan plan, Path file) {
    write(requireNonNull(plan, "plan").publicView(), file);
  }

  /** Writes the plan's {@linkplain Plan#publicView() public view} to a stream as UTF-8. */
  public void writePublic(Plan plan, OutputStream out) {
    write(requireNonNull(plan, "plan").publicView(), out);
  }

  /**
   * Writes the findings of a check as a findings document, ending in a line feed: {@code
   * {"findings": [{"rule", "severity", "path", "message", "hint"}...], "counts": {"error",
   * "warning", "info"}}}, findings in the report's order, {@code hint} left out when the finding
   * has none. This is what {@code mops check --format json} prints; {@code docs/format.md} defines
   * every property.
   *
   * <pre>{@code
   * String json = MopsJson.standard().writeFindingsString(PlanChecker.defaults().check(plan));
   * }</pre>
   *
   * @throws NullPointerException if {@code report} is null
   */
  public String writeFindingsString(CheckReport report) {
    return engine.writeString(
        Outputs.FINDINGS, Outputs.Checked.unplaced(requireNonNull(report, "report")));
  }

  /**
   * Writes the findings of a check of {@code source}'s plan as {@link
   * #writeFindingsString(CheckReport)} does, each finding with the {@code line} and {@code column}
   * where its element starts in the source document when known. This is what {@code mops check
   * --format json PLAN.json} prints.
   *
   * @throws NullPointerException if an argument is null
   * @since 0.2
   */
  public String writeFindingsString(CheckReport report, LocatedPlan source) {
    requireNonNull(report, "report");
    requireNonNull(source, "source");
    return engine.writeString(Outputs.FINDINGS, new Outputs.Checked(report, source::position));
  }

  /**
   * Writes the findings document of {@link #writeFindingsString(CheckReport)} to a stream as UTF-8;
   * the stream is flushed, not closed.
   *
   * @throws NullPointerException if an argument is null
   * @throws UncheckedIOException if the stream fails
   */
  public void writeFindings(CheckReport report, OutputStream out) {
    engine.write(
        Outputs.FINDINGS,
        Outputs.Checked.unplaced(requireNonNull(report, "report")),
        requireNonNull(out, "out"));
  }

  /**
   * Writes an email report by month as a document, ending in a line feed: {@code {"months":
   * [{"month", "unsubscribed", "recipients", "churn", "deliveryRate", "openRate", "clickRate",
   * "clickToOpenRate", "unsubscribeRate"}...]}}, one entry per month in calendar order. Counts are
   * integers; each rate is its value rounded half-even to {@value Outputs#RATE_DECIMALS} decimals
   * as a plain number ({@code 0.0235}), or {@code null} when undefined. This is what {@code mops
   * churn --format json} prints; {@code docs/format.md} defines every property.
   *
   * <pre>{@code
   * String json = MopsJson.standard().writeEmailReportString(EmailEventsCsv.read(file));
   * }</pre>
   *
   * @throws NullPointerException if {@code report} is null
   */
  public String writeEmailReportString(EmailReport<YearMonth> report) {
    return engine.writeString(
        Outputs.EMAIL_REPORT, Outputs.MonthlyEmail.of(requireNonNull(report, "report")));
  }

  /**
   * Writes the document of {@link #writeEmailReportString(EmailReport)} to a stream as UTF-8; the
   * stream is flushed, not closed.
   *
   * @throws NullPointerException if an argument is null
   * @throws UncheckedIOException if the stream fails
   */
  public void writeEmailReport(EmailReport<YearMonth> report, OutputStream out) {
    engine.write(
        Outputs.EMAIL_REPORT,
        Outputs.MonthlyEmail.of(requireNonNull(report, "report")),
        requireNonNull(out, "out"));
  }

  /**
   * Writes the urgent, ad-hoc and vision-focus shares of all work of {@code mix} as a document,
   * ending in a line feed: {@code {"items", "units": [{"unit", "counted", "leftOut", "urgentShare",
   * "adHocShare", "visionFocus"}...]}}, one entry per unit (tickets, hours, story points). Counts
   * are integers; each share is its value rounded half-even to {@value Outputs#RATE_DECIMALS}
   * decimals as a plain number, or {@code null} when nothing was counted in that unit. This is what
   * {@code mops work --format json} prints; {@code docs/format.md} defines every property.
   *
   * @throws NullPointerException if {@code mix} is null
   * @since 0.2
   */
  public String writeWorkMixString(WorkMix mix) {
    return engine.writeString(
        Outputs.WORK_MIX, Outputs.WorkMixShares.of(requireNonNull(mix, "mix")));
  }

  /**
   * The JSON Schema (draft 2020-12) of plan documents of format {@link #FORMAT_VERSION}. It accepts
   * every document this reader accepts (it cannot express duplicate keys or model invariants, so it
   * accepts a few more).
   */
  public static String schema() {
    try (InputStream in = MopsJson.class.getResourceAsStream(SCHEMA_RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("schema resource missing: " + SCHEMA_RESOURCE);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Reads as {@code MopsJson{format 1.0, ReadLimits{...}}}. */
  @Override
  public String toString() {
    return "MopsJson{format " + FORMAT_VERSION + ", " + limits() + "}";
  }

  /** Builds a {@link MopsJson}. */
  public static final class Builder {
    private ReadLimits limits = ReadLimits.defaults();

    private Builder() {}

    /** Sets the read limits; the defaults otherwise. */
    public Builder limits(ReadLimits limits) {
      this.limits = requireNonNull(limits, "limits");
      return this;
    }

    /** Returns the reader and writer. */
    public MopsJson build() {
      return new MopsJson(limits);
    }
  }
}
