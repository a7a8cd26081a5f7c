package dev.mops.cli;

import dev.mops.csv.EmailEventsCsv;
import dev.mops.metrics.EmailAccumulator;
import dev.mops.metrics.EmailCounts;
import dev.mops.metrics.EmailMetrics;
import dev.mops.metrics.EmailReport;
import dev.mops.metrics.Ratio;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.json.JsonMapper;

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
    out.println(format == OutputFormat.json ? json(report) : text(report));
    return 0;
  }

  static String text(EmailReport<YearMonth> report) {
    StringBuilder b = new StringBuilder(report.churn().toString()).append('\n');
    b.append(
        "\nmonth    recipients  unsubscribed  churn    delivery  open     click    click-to-open\n");
    for (Map.Entry<YearMonth, EmailCounts> e : report.counts().asMap().entrySet()) {
      EmailCounts c = e.getValue();
      b.append(
          String.format(
              Locale.ROOT,
              "%-8s %,10d  %,12d  %-7s  %-8s  %-7s  %-7s  %s%n",
              e.getKey(),
              c.recipients(),
              c.unsubscribers(),
              pct(c.churn()),
              pct(c.deliveryRate()),
              pct(c.openRate()),
              pct(c.clickRate()),
              pct(c.clickToOpenRate())));
    }
    return b.toString().stripTrailing();
  }

  private static String pct(Ratio r) {
    return r.percent(2).map(p -> p.stripTrailingZeros().toPlainString() + "%").orElse("n/a");
  }

  static String json(EmailReport<YearMonth> report) {
    StringWriter w = new StringWriter();
    try (JsonGenerator g = JsonMapper.builder().build().createGenerator(w)) {
      g.writeStartObject();
      g.writeArrayPropertyStart("months");
      for (Map.Entry<YearMonth, EmailCounts> e : report.counts().asMap().entrySet()) {
        EmailCounts c = e.getValue();
        g.writeStartObject();
        g.writeStringProperty("month", e.getKey().toString());
        g.writeNumberProperty("unsubscribed", c.unsubscribers());
        g.writeNumberProperty("recipients", c.recipients());
        rate(g, "churn", c.churn());
        rate(g, "deliveryRate", c.deliveryRate());
        rate(g, "openRate", c.openRate());
        rate(g, "clickRate", c.clickRate());
        rate(g, "clickToOpenRate", c.clickToOpenRate());
        rate(g, "unsubscribeRate", c.unsubscribeRate());
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeEndObject();
    }
    return w.toString();
  }

  private static void rate(JsonGenerator g, String name, Ratio r) {
    if (r.isDefined()) {
      g.writeNumberProperty(name, r.decimal(6).orElseThrow().stripTrailingZeros());
    } else {
      g.writeNullProperty(name);
    }
  }
}
