package dev.mops.csv;

import static java.util.Objects.requireNonNull;

import dev.mops.metrics.EmailRate;
import dev.mops.metrics.EmailReport;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.StringJoiner;

/**
 * What {@link EmailExports} read from a vendor's export: the monthly {@link EmailReport} of all its
 * files together, the {@link CsvImportSummary} of each file read (skipped rows counted by value),
 * the files skipped whole, and the rates the export cannot give.
 *
 * <p>Immutable.
 *
 * @since 0.2
 */
public final class EmailImport {
  private final EmailPreset preset;
  private final EmailReport<YearMonth> report;
  private final List<CsvImportSummary> summaries;
  private final List<String> skippedFiles;

  EmailImport(
      EmailPreset preset,
      EmailReport<YearMonth> report,
      List<CsvImportSummary> summaries,
      List<String> skippedFiles) {
    this.preset = requireNonNull(preset, "preset");
    this.report = report.withUnavailable(preset.unavailableRates());
    this.summaries = List.copyOf(summaries);
    this.skippedFiles = List.copyOf(skippedFiles);
  }

  /** The preset the files were read with. */
  public EmailPreset preset() {
    return preset;
  }

  /**
   * The monthly email metrics of all files read, in the zone the caller chose, with the rates the
   * export cannot give marked {@linkplain EmailReport#withUnavailable not available}.
   */
  public EmailReport<YearMonth> report() {
    return report;
  }

  /** One summary per file (or ZIP entry) read, in the order read. */
  public List<CsvImportSummary> summaries() {
    return summaries;
  }

  /**
   * The files (or ZIP entries) skipped whole because they carry no email events, e.g. Mailchimp's
   * subscribed members.
   */
  public List<String> skippedFiles() {
    return skippedFiles;
  }

  /**
   * The rates the export cannot give, with the reason: read them as not available from this source,
   * not as 0 % (see {@link EmailPreset#unavailableRates()}).
   */
  public Map<EmailRate, String> unavailableRates() {
    return preset.unavailableRates();
  }

  /**
   * One line per file whose rows the preset skipped, saying which values and how often: {@code
   * events.csv: 3 rows skipped by the column mapping: "PROCESSED" 2, "DEFERRED" 1}.
   */
  public List<String> skippedRows() {
    return summaries.stream()
        .filter(s -> s.skipped() > 0)
        .map(
            s ->
                String.format(
                        Locale.ROOT,
                        "%s: %,d %s skipped by the column mapping: ",
                        s.source(),
                        s.skipped(),
                        s.skipped() == 1 ? "row" : "rows")
                    + s.skippedByValue())
        .toList();
  }

  /**
   * The summaries, the skipped rows by value, the skipped files and the unavailable rates, one line
   * each.
   */
  @Override
  public String toString() {
    StringJoiner j = new StringJoiner("\n");
    summaries.forEach(s -> j.add(s.toString()));
    skippedRows().forEach(j::add);
    skippedFiles.forEach(f -> j.add(f + ": skipped (no email events)"));
    unavailableRates().forEach((rate, why) -> j.add(rate.label() + ": n/a, " + why));
    return j.toString();
  }
}
