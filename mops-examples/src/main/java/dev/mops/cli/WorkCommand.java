package dev.mops.cli;

import dev.mops.csv.ColumnMapping;
import dev.mops.csv.MappingFile;
import dev.mops.csv.WorkClassification;
import dev.mops.csv.WorkItemsCsv;
import dev.mops.csv.WorkPresets;
import dev.mops.json.MopsJson;
import dev.mops.metrics.WorkMix;
import dev.mops.metrics.WorkMixAccumulator;
import dev.mops.model.DateRange;
import dev.mops.model.Quarter;
import dev.mops.model.WorkItem;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code mops work}: urgent, ad-hoc and vision-focus shares of work items from CSV exports, by
 * count, hours and story points.
 */
@Command(
    name = "work",
    mixinStandardHelpOptions = true,
    description = {
      "Computes the urgent, ad-hoc and vision-focus shares of work items, by count, hours and",
      "story points, from work-item CSVs (the standard layout, or a tracker's export with --from)."
    })
final class WorkCommand implements Callable<Integer> {
  /** The work-item layouts {@code --from} names, as the library lists them. */
  static final class PresetNames implements Iterable<String> {
    @Override
    public java.util.Iterator<String> iterator() {
      return WorkPresets.names().iterator();
    }
  }

  @Spec CommandSpec spec;

  @Parameters(
      arity = "1..*",
      paramLabel = "FILE",
      description = "Work-item CSV files, counted together.")
  List<Path> files;

  @Option(
      names = "--from",
      defaultValue = "standard",
      paramLabel = "PRESET",
      completionCandidates = PresetNames.class,
      description =
          "The layout of the files: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
  String from = "standard";

  @Option(
      names = "--mapping",
      paramLabel = "FILE",
      description =
          "A mapping file (header.COLUMN = Name, urgent-priorities = Highest, High, …) applied"
              + " over --from.")
  @Nullable Path mappingFile;

  @Option(
      names = "--zone",
      defaultValue = "UTC",
      paramLabel = "ZONE",
      description =
          "The zone whose calendar dates created_at timestamps (default: ${DEFAULT-VALUE}).")
  ZoneId zone;

  /** At most one period. */
  static final class Period {
    @Option(
        names = "--month",
        paramLabel = "YYYY-MM",
        description = "Only items created in this month.")
    YearMonth month;

    @Option(
        names = "--quarter",
        paramLabel = "YYYY-Qn",
        description = "Only items created in this calendar quarter, e.g. 2027-Q1.")
    String quarter;
  }

  @ArgGroup(exclusive = true, multiplicity = "0..1")
  @Nullable Period period;

  @Option(
      names = "--format",
      defaultValue = "text",
      paramLabel = "text|json",
      description = "Output format: ${COMPLETION-CANDIDATES}.")
  OutputFormat format;

  @Override
  public Integer call() {
    PrintWriter err = spec.commandLine().getErr();
    ColumnMapping mapping =
        WorkPresets.named(from)
            .orElseThrow(
                () ->
                    new IllegalArgumentException(
                        "unknown --from preset \""
                            + from
                            + "\"; expected one of: "
                            + String.join(", ", WorkPresets.names())));
    if (from.equals("jira")) {
      err.println("mops: Jira writes Created without a zone; reading it as " + zone + " (--zone)");
      err.flush();
    }
    Predicate<LocalDate> in = in(period);
    WorkMixAccumulator acc = new WorkMixAccumulator();
    WorkClassification classification = WorkClassification.defaults();
    Path settings = mappingFile;
    if (settings != null) {
      MappingFile f;
      try {
        f = MappingFile.read(settings, mapping, classification);
      } catch (UncheckedIOException e) {
        throw FileFailure.read(settings, e);
      }
      mapping = f.mapping();
      classification = f.classification();
    }
    WorkItemsCsv reader =
        WorkItemsCsv.builder()
            .mapping(mapping)
            .classification(classification)
            .zone(zone.normalized())
            .build();
    for (Path file : files) {
      try {
        reader.readInto(
            file,
            (WorkItem item) -> {
              if (in.test(item.createdOn())) {
                acc.accept(item);
              }
            });
      } catch (UncheckedIOException e) {
        throw FileFailure.read(file, e);
      }
    }
    WorkMix mix = acc.result();
    spec.commandLine()
        .getOut()
        .print(
            format == OutputFormat.json
                ? MopsJson.standard().writeWorkMixString(mix)
                : mix.toString() + "\n");
    return 0;
  }

  /** The days of the period, or every day without one. */
  private static Predicate<LocalDate> in(@Nullable Period period) {
    if (period == null) {
      return d -> true;
    }
    if (period.month != null) {
      YearMonth m = period.month;
      return d -> YearMonth.from(d).equals(m);
    }
    DateRange q = Quarter.parse(period.quarter).range(Month.JANUARY);
    return q::contains;
  }
}
