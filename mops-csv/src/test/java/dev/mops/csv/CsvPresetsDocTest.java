package dev.mops.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mops.metrics.EmailEventType;
import dev.mops.metrics.EmailRate;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
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

  @Test
  void csvPageListsEveryPresetAsTheTableSays() throws IOException {
    Path doc = repoRoot().resolve("docs/csv.md");
    String text = Files.readString(doc);
    int from = text.indexOf(BEGIN);
    int to = text.indexOf(END);
    assertTrue(
        from >= 0 && to > from, "docs/csv.md has the markers " + BEGIN.strip() + " and " + END);
    from += BEGIN.length();
    String generated = markdown();
    if (Boolean.getBoolean("mops.golden.update")) {
      Files.writeString(doc, text.substring(0, from) + generated + text.substring(to));
      return;
    }
    assertEquals(generated, text.substring(from, to), "rerun with -Dmops.golden.update=true");
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
