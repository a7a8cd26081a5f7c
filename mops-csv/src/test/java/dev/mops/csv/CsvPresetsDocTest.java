package dev.mops.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mops.metrics.EmailEventType;
import dev.mops.metrics.EmailRate;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * {@code docs/csv.md} lists every {@link EmailPreset} with its files, the columns it reads, the
 * timestamps and zone it assumes, the rates it cannot give and its guesses: made here from the
 * presets, failing when the page is stale; {@code -Dmops.golden.update=true} rewrites it.
 */
class CsvPresetsDocTest {
  private static final String BEGIN = "<!-- generated: email presets -->\n";
  private static final String END = "<!-- end generated: email presets -->";

  static Path repoRoot() {
    Path dir = Path.of("").toAbsolutePath();
    while (dir != null && !Files.exists(dir.resolve("mvnw"))) {
      dir = dir.getParent();
    }
    if (dir == null) {
      throw new IllegalStateException("no mvnw above " + Path.of("").toAbsolutePath());
    }
    return dir;
  }

  /** The generated part of the page. */
  static String markdown() {
    StringBuilder b = new StringBuilder();
    b.append("| preset | export | columns read | timestamps | zone assumed | not available |\n");
    b.append("|---|---|---|---|---|---|\n");
    for (EmailPreset p : EmailPreset.values()) {
      b.append("| `")
          .append(p.id())
          .append("` | ")
          .append(p.title())
          .append(" | ")
          .append(p.columns().stream().map(c -> "`" + c + "`").collect(Collectors.joining(", ")))
          .append(" | ")
          .append(p.timestamps())
          .append(" | ")
          .append(
              p.zone()
                  .map(z -> z.equals(ZoneOffset.UTC) ? "UTC" : "UTC" + z)
                  .orElse("offset in each timestamp"))
          .append(" | ")
          .append(
              p.unavailableRates().isEmpty()
                  ? "—"
                  : p.unavailableRates().keySet().stream()
                      .map(EmailRate::label)
                      .collect(Collectors.joining(", ")))
          .append(" |\n");
    }
    for (EmailPreset p : EmailPreset.values()) {
      b.append("\n### `").append(p.id()).append("`\n\n");
      b.append(p.title()).append(". Format: ").append(link(p.documentation())).append(".\n\n");
      b.append("- files: ").append(String.join("; ", p.files())).append('\n');
      b.append("- events it can carry: ")
          .append(
              p.carries().stream()
                  .map(e -> e.name().toLowerCase(Locale.ROOT))
                  .collect(Collectors.joining(", ")))
          .append('\n');
      p.unavailableRates()
          .forEach(
              (r, why) ->
                  b.append("- ").append(r.label()).append(": n/a, ").append(why).append('\n'));
      p.notes()
          .forEach(n -> b.append("- guess, printed on standard error: ").append(n).append('\n'));
    }
    return b.toString();
  }

  private static String link(String address) {
    return address.startsWith("https://") ? "<" + address + ">" : "this page";
  }

  private static final String WORK_BEGIN = "<!-- generated: work presets -->\n";
  private static final String WORK_END = "<!-- end generated: work presets -->";

  /** The generated table of the work-item layouts, from {@link WorkPresets#names()}. */
  static String workMarkdown() {
    StringBuilder b = new StringBuilder();
    b.append("| preset (`mops work --from`) | columns read | timestamps | zone assumed |\n");
    b.append("|---|---|---|---|\n");
    for (String name : WorkPresets.names()) {
      ColumnMapping m = WorkPresets.named(name).orElseThrow();
      List<String> read = new ArrayList<>();
      for (String column : WorkItemsCsv.TABLE.names()) {
        List<String> headers = m.headers(column);
        if (!headers.isEmpty()) {
          read.add(
              "`"
                  + column
                  + "` ← "
                  + headers.stream().map(h -> "`" + h + "`").collect(Collectors.joining(" or ")));
        }
      }
      b.append("| `")
          .append(name)
          .append("` | ")
          .append(String.join(", ", read))
          .append(" | ")
          .append(
              m.epochMilliseconds()
                  ? "milliseconds since the epoch"
                  : m.timestampPattern()
                      .map(t -> "`" + t + "`")
                      .orElse("ISO-8601 date, or date-time with offset"))
          .append(" | ")
          .append(
              m.defaultZone()
                  .map(z -> z.toString())
                  .orElse(
                      "offset in each timestamp; a date or a time without one is kept as written"))
          .append(" |\n");
    }
    return b.toString();
  }

  @Test
  void csvPageListsEveryPresetAsTheTableSays() throws IOException {
    Path doc = repoRoot().resolve("docs/csv.md");
    String text = Files.readString(doc);
    text = region(doc, text, BEGIN, END, markdown());
    region(doc, text, WORK_BEGIN, WORK_END, workMarkdown());
  }

  private static String region(Path doc, String text, String begin, String end, String generated)
      throws IOException {
    int from = text.indexOf(begin);
    int to = text.indexOf(end);
    assertTrue(
        from >= 0 && to > from, "docs/csv.md has the markers " + begin.strip() + " and " + end);
    from += begin.length();
    if (Boolean.getBoolean("mops.golden.update")) {
      String updated = text.substring(0, from) + generated + text.substring(to);
      Files.writeString(doc, updated);
      return updated;
    }
    assertEquals(generated, text.substring(from, to), "rerun with -Dmops.golden.update=true");
    return text;
  }

  @Test
  void everyWorkPresetIsOnThePage() {
    String page = workMarkdown();
    for (String name : WorkPresets.names()) {
      assertTrue(page.contains("| `" + name + "` |"), name);
    }
    assertTrue(page.contains("`created_at` ← `Created`"), page);
    assertTrue(page.contains("`dd/MMM/yy h:mm a`"), page);
    assertEquals(java.util.Optional.empty(), WorkPresets.named("trello"));
  }

  @Test
  void everyPresetAndEveryEventTypeIsOnThePage() {
    String page = markdown();
    for (EmailPreset p : EmailPreset.values()) {
      assertTrue(page.contains("### `" + p.id() + "`"), p.id());
      for (String c : p.columns()) {
        assertTrue(page.contains("`" + c + "`"), c);
      }
    }
    assertTrue(page.contains(EmailEventType.SENT.name().toLowerCase(Locale.ROOT)));
  }
}
