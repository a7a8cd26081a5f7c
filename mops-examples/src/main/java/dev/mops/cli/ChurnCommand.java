package dev.mops.cli;

import dev.mops.csv.EmailEventsCsv;
import dev.mops.json.MopsJson;
import dev.mops.metrics.EmailAccumulator;
import dev.mops.metrics.EmailMetrics;
import dev.mops.metrics.EmailReport;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code mops churn}: monthly email churn (and the other email rates) from a CSV export. */
@Command(
    name = "churn",
    mixinStandardHelpOptions = true,
    description = {
      "Computes monthly email churn from an events CSV (contact_id,event,occurred_at):",
      "distinct unsubscribers / distinct contacts emailed, per calendar month of --zone."
    })
final class ChurnCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(
      index = "0",
      arity = "0..1",
      paramLabel = "EVENTS.csv",
      description = "The email events; the bundled sample when absent.")
  Path events;

  @Option(
      names = "--zone",
      defaultValue = "UTC",
      paramLabel = "ZONE",
      description = "The zone whose calendar months bucket the events (default: ${DEFAULT-VALUE}).")
  ZoneId zone;

  @Option(
      names = "--format",
      defaultValue = "text",
      paramLabel = "text|json",
      description = "Output format: ${COMPLETION-CANDIDATES}.")
  OutputFormat format;

  @Override
  public Integer call() {
    PrintWriter err = spec.commandLine().getErr();
    Path file = events == null ? Samples.events(err) : events;
    long size;
    try {
      size = Files.size(file);
    } catch (IOException e) {
      throw FileFailure.read(file, e);
    }
    if (size > 50L << 20) {
      err.printf(Locale.ROOT, "mops: reading %s (%,d MB)...%n", file, size >> 20);
      err.flush();
    }
    long start = System.nanoTime();
    EmailAccumulator acc = EmailMetrics.accumulator(zone.normalized());
    try {
      EmailEventsCsv.builder().build().readInto(file, acc);
    } catch (UncheckedIOException e) {
      throw FileFailure.read(file, e);
    }
    EmailReport<YearMonth> report = acc.result();
    if (size > 50L << 20) {
      err.printf(
          Locale.ROOT,
          "mops: %,d events in %.1f s%n",
          acc.events(),
          (System.nanoTime() - start) / 1e9);
    }
    PrintWriter out = spec.commandLine().getOut();
    out.print(
        format == OutputFormat.json
            ? MopsJson.standard().writeEmailReportString(report)
            : text(report));
    return 0;
  }

  /** The churn series, a blank line and the table of every rate, as the library writes them. */
  static String text(EmailReport<YearMonth> report) {
    return report.churn() + "\n\n" + report.table();
  }
}
