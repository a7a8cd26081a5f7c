package dev.mops.cli;

import dev.mops.csv.ColumnMapping;
import dev.mops.csv.ContactIdentity;
import dev.mops.csv.EmailExports;
import dev.mops.csv.EmailImport;
import dev.mops.csv.EmailPreset;
import dev.mops.csv.MappingFile;
import dev.mops.csv.WorkClassification;
import dev.mops.json.EmailApi;
import dev.mops.json.EmailApiExports;
import dev.mops.json.EmailApiImport;
import dev.mops.json.MopsJson;
import dev.mops.metrics.ContactLimitException;
import dev.mops.metrics.EmailMetrics;
import dev.mops.metrics.EmailReport;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.UnaryOperator;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code mops churn}: monthly email churn (and the other email rates) from a CSV export. */
@Command(
    name = "churn",
    mixinStandardHelpOptions = true,
    description = {
      "Computes monthly email churn from an events CSV (contact_id,event,occurred_at), or from",
      "a platform's export with --from (CSV, or the JSON pages of the HubSpot and Mailchimp",
      "APIs with --from hubspot-api or mailchimp-api): distinct unsubscribers / distinct",
      "contacts emailed,",
      "per calendar month of --zone. Several files and ZIPs of them count as one export."
    })
final class ChurnCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(
      arity = "0..*",
      paramLabel = "FILE",
      description = "The export's files or ZIPs; the bundled sample when absent.")
  List<Path> files = new ArrayList<>();

  @Option(
      names = "--from",
      paramLabel = "PRESET",
      description =
          "The export's platform: hubspot, mailchimp, mailchimp-audience, sfmc, marketo"
              + " (CSV), hubspot-api, mailchimp-api (the APIs' JSON pages, one per file)"
              + " (default: the standard layout).")
  @Nullable String from;

  @Option(
      names = "--mapping",
      paramLabel = "FILE",
      description =
          "A mapping file (header.contact_id = Email, synonym.event.Opened = open, …) applied over"
              + " the CSV preset's mapping of every file.")
  @Nullable Path mappingFile;

  @Option(
      names = "--exact-ids",
      description =
          "Count contact ids exactly as written (default: ids with an @ ignore case, so"
              + " Ann@X.com and ann@x.com are one contact).")
  boolean exactIds;

  @Option(
      names = "--zone",
      defaultValue = "UTC",
      paramLabel = "ZONE",
      description = "The zone whose calendar months bucket the events (default: ${DEFAULT-VALUE}).")
  ZoneId zone;

  @Option(
      names = "--threads",
      paramLabel = "N",
      description =
          "Read a large CSV file on N threads, in parts merged in file order (default: all"
              + " cores; 1 reads in one piece).")
  @Nullable Integer threads;

  @Option(
      names = "--format",
      defaultValue = "text",
      paramLabel = "text|json",
      description = "Output format: ${COMPLETION-CANDIDATES}.")
  OutputFormat format;

  @Option(
      names = "--max-contacts",
      paramLabel = "N",
      description =
          "The most distinct contacts to count; more stop the run (default: the heap / "
              + EmailMetrics.DEFAULT_BYTES_PER_CONTACT
              + " bytes, about 4 million per GiB of -Xmx).")
  @Nullable Integer maxContacts;

  @Override
  public Integer call() {
    if (maxContacts != null && maxContacts < 1) {
      throw new ParameterException(
          spec.commandLine(), "--max-contacts must be at least 1, got " + maxContacts);
    }
    try {
      return churn();
    } catch (ContactLimitException e) {
      throw new ParameterException(spec.commandLine(), tooManyContacts(e, maxContacts != null));
    }
  }

  /**
   * The command line's words for {@code e}: the option that raises the limit, and the heap, which
   * the {@code mops} script takes from {@code JAVA_OPTS}.
   */
  static String tooManyContacts(ContactLimitException e, boolean given) {
    return "more than "
        + String.format(Locale.ROOT, "%,d", e.limit())
        + " distinct contacts (the limit"
        + (given ? " of --max-contacts" : ", from the heap")
        + "); raise it with --max-contacts N, and the heap with -Xmx, e.g."
        + " JAVA_OPTS=-Xmx8g (about "
        + EmailMetrics.DEFAULT_BYTES_PER_CONTACT
        + " bytes a contact)";
  }

  private int churn() {
    PrintWriter err = spec.commandLine().getErr();
    Optional<EmailApi> api = from == null ? Optional.empty() : EmailApi.find(from);
    EmailPreset preset =
        from == null || api.isPresent() ? EmailPreset.STANDARD : EmailPreset.parse(from);
    List<Path> read = files.isEmpty() ? List.of(Samples.events(err)) : files;
    ContactIdentity identity = exactIds ? ContactIdentity.EXACT : ContactIdentity.EMAIL_IGNORE_CASE;
    UnaryOperator<ColumnMapping> adjust = adjustment(api.isPresent());
    if (api.isPresent()) {
      if (files.isEmpty()) {
        throw new ParameterException(
            spec.commandLine(), "--from " + api.get().id() + " needs the files to read");
      }
      return print(readApi(api.get(), identity, err));
    }
    long size = 0;
    for (Path file : read) {
      try {
        size += Files.size(file);
      } catch (IOException e) {
        throw FileFailure.read(file, e);
      }
    }
    if (size > 50L << 20) {
      err.printf(Locale.ROOT, "mops: reading %s (%,d MB)...%n", read, size >> 20);
      err.flush();
    }
    preset.notes().forEach(n -> err.println("mops: note: " + n));
    long start = System.nanoTime();
    EmailExports.Builder exports =
        EmailExports.builder(preset).contactIdentity(identity).adjust(adjust);
    if (threads != null) {
      if (threads < 1) {
        throw new ParameterException(spec.commandLine(), "--threads must be >= 1, got " + threads);
      }
      exports.threads(threads);
    }
    EmailImport imported;
    try {
      imported =
          exports
              .maxContacts(maxContacts == null ? EmailMetrics.defaultMaxContacts() : maxContacts)
              .build()
              .read(read, zone.normalized());
    } catch (UncheckedIOException e) {
      throw read.size() == 1 ? FileFailure.read(read.get(0), e) : e;
    }
    imported.skippedRows().forEach(line -> err.println("mops: " + line));
    imported.skippedFiles().forEach(f -> err.println("mops: " + f + ": no email events, skipped"));
    EmailReport<YearMonth> report = imported.report();
    if (size > 50L << 20) {
      err.printf(
          Locale.ROOT,
          "mops: %,d files in %.1f s%n",
          imported.summaries().size(),
          (System.nanoTime() - start) / 1e9);
    }
    return print(report);
  }

  /**
   * The {@code --mapping} file's settings over each file's mapping, read once, so that a bad line
   * is refused (naming the file and line) before any export is read; none for the APIs' pages.
   */
  private UnaryOperator<ColumnMapping> adjustment(boolean apiPages) {
    Path settings = mappingFile;
    if (settings == null) {
      return UnaryOperator.identity();
    }
    if (apiPages) {
      throw new ParameterException(
          spec.commandLine(), "--mapping applies to CSV exports, not to the APIs' JSON pages");
    }
    String text;
    try {
      text = Files.readString(settings, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw FileFailure.read(settings, e);
    }
    String name = settings.toString();
    WorkClassification none = WorkClassification.defaults();
    MappingFile.parse(name, text, ColumnMapping.standard(), none);
    return m -> MappingFile.parse(name, text, m, none).mapping();
  }

  /** Reads the API pages, saying on {@code err} which events were skipped. */
  private EmailReport<YearMonth> readApi(EmailApi api, ContactIdentity identity, PrintWriter err) {
    EmailApiImport imported;
    try {
      imported =
          EmailApiExports.builder(api)
              .contactIdentity(identity)
              .build()
              .read(files, zone.normalized());
    } catch (UncheckedIOException e) {
      throw files.size() == 1 ? FileFailure.read(files.get(0), e) : e;
    }
    imported.skippedRows().forEach(line -> err.println("mops: " + line));
    return imported.report();
  }

  private int print(EmailReport<YearMonth> report) {
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
