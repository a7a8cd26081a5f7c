package dev.mops.json;

import static java.util.Objects.requireNonNull;

import dev.mops.metrics.EmailRate;
import dev.mops.metrics.EmailReport;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.StringJoiner;

/**
 * What {@link EmailApiExports} read from a vendor's API pages: the monthly {@link EmailReport} of
 * all pages together, with the rates the API cannot give marked not available, and the events
 * skipped, counted by value per file.
 *
 * <p>Immutable.
 *
 * @since 0.2
 */
public final class EmailApiImport {
  private final EmailApi api;
  private final EmailReport<YearMonth> report;
  private final long events;
  private final Map<String, Map<String, Long>> skipped;

  EmailApiImport(
      EmailApi api,
      EmailReport<YearMonth> report,
      long events,
      Map<String, Map<String, Long>> skipped) {
    this.api = requireNonNull(api, "api");
    this.report = report.withUnavailable(api.unavailableRates());
    this.events = events;
    Map<String, Map<String, Long>> copy = new LinkedHashMap<>();
    skipped.forEach((k, v) -> copy.put(k, Collections.unmodifiableMap(new LinkedHashMap<>(v))));
    this.skipped = Collections.unmodifiableMap(copy);
  }

  /** The API the pages were read as. */
  public EmailApi api() {
    return api;
  }

  /**
   * The monthly email metrics of all pages read, in the zone the caller chose, with the rates the
   * API cannot give marked {@linkplain EmailReport#withUnavailable not available}.
   */
  public EmailReport<YearMonth> report() {
    return report;
  }

  /** The events counted, over all pages. */
  public long events() {
    return events;
  }

  /**
   * The events skipped over all pages, by value as written (e.g. {@code PROCESSED → 2}, {@code
   * STATUSCHANGE (subscribed) → 1}), in the order first met.
   */
  public Map<String, Long> skippedValues() {
    Map<String, Long> out = new LinkedHashMap<>();
    skipped.values().forEach(m -> m.forEach((k, v) -> out.merge(k, v, Long::sum)));
    return Collections.unmodifiableMap(out);
  }

  /** The events skipped, per file read (file → value → count), in the order read. */
  public Map<String, Map<String, Long>> skippedByFile() {
    return skipped;
  }

  /**
   * The rates the API cannot give, with the reason: read them as not available from this source,
   * not as 0 %.
   */
  public Map<EmailRate, String> unavailableRates() {
    return api.unavailableRates();
  }

  /**
   * One line per file with skipped events, saying which values and how often: {@code events-1.json:
   * 3 events skipped: "PROCESSED" 2, "DEFERRED" 1}.
   */
  public List<String> skippedRows() {
    List<String> out = new ArrayList<>();
    skipped.forEach(
        (file, values) -> {
          long n = values.values().stream().mapToLong(Long::longValue).sum();
          if (n == 0) {
            return;
          }
          StringJoiner j = new StringJoiner(", ");
          values.forEach((v, c) -> j.add("\"" + v + "\" " + c));
          out.add(
              String.format(
                      Locale.ROOT, "%s: %,d %s skipped: ", file, n, n == 1 ? "event" : "events")
                  + j);
        });
    return List.copyOf(out);
  }

  /** The events counted, the skipped events by value and the unavailable rates, one line each. */
  @Override
  public String toString() {
    StringJoiner j = new StringJoiner("\n");
    j.add(String.format(Locale.ROOT, "%s: %,d events", api.id(), events));
    skippedRows().forEach(j::add);
    unavailableRates().forEach((rate, why) -> j.add(rate.label() + ": n/a, " + why));
    return j.toString();
  }
}
