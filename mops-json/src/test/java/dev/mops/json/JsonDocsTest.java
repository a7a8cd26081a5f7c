package dev.mops.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mops.model.DateRange;
import dev.mops.model.Objective;
import dev.mops.model.Plan;
import dev.mops.model.Stakeholder;
import dev.mops.model.Visibility;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Year;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.json.JsonMapper;

/**
 * The code of the README section on JSON: every block there is copied from a snippet here, compiled
 * and run; and every JSON example of {@code docs/format.md} reads.
 */
class JsonDocsTest {

  static Path repoRoot() {
    Path dir = Path.of("").toAbsolutePath();
    while (dir != null && !Files.exists(dir.resolve("mvnw"))) {
      dir = dir.getParent();
    }
    return dir;
  }

  @Test
  void readAndWriteAPlan(@TempDir Path dir) {
    Path file = dir.resolve("plan.json");
    // snippet: json-read-write
    Plan plan = Plan.builder()
        .id("mops-2027").name("MOps plan 2027")
        .period(DateRange.ofYear(Year.of(2027)))
        .addStakeholder(Stakeholder.of("sales", "Sales"))
        .addObjective(Objective.builder().id("automotive-sales")
            .title("Increase sales in the automotive sector by 5%").addStakeholderId("sales").build())
        .addObjective(Objective.builder().id("crm-cleanup").title("Clean up the CRM")
            .visibility(Visibility.INTERNAL).build())
        .build();

    MopsJson json = MopsJson.standard();
    json.write(plan, file);                          // plan.json, format 1.0
    Plan read = json.read(file);                     // equal to plan
    String text = json.writeString(plan);            // the same document as a String
    String forSales = json.writePublicString(plan);  // without crm-cleanup
    // end snippet
    assertEquals(plan, read);
    assertEquals(plan, json.readString(text));
    assertTrue(!forSales.contains("crm-cleanup") && text.contains("crm-cleanup"));
  }

  @Test
  @SuppressWarnings(
      "ReturnValueIgnored") // the snippet lists the accessors; the test below checks them
  void readErrorsSayWhereAndWhat() {
    // snippet: json-errors
    String text = """
        {"formatVersion": "1.0", "id": "mops-2027", "name": "MOps plan 2027",
         "period": "2027-01-01/2027-12-31",
         "objectives": [{"id": "a b", "title": "Grow"}]}
        """;
    try {
      MopsJson.standard().readString(text);
    } catch (MopsJsonException e) {
      e.pointer();     // "/objectives/0/id"
      e.line();        // 3
      e.column();      // 24
      e.expected();    // Optional[an id matching [A-Za-z0-9._-]{1,64}]
      e.getMessage();  // /objectives/0/id: expected an id matching [A-Za-z0-9._-]{1,64}, got "a b" (line 3, column 24)
    }
    // end snippet
    MopsJsonException e =
        assertThrows(MopsJsonException.class, () -> MopsJson.standard().readString(text));
    assertEquals(
        "/objectives/0/id: expected an id matching [A-Za-z0-9._-]{1,64}, got \"a b\" (line 3, column 24)",
        e.getMessage());
  }

  @Test
  void limitsAndTheJacksonModule() {
    Plan plan = SamplePlans.small();
    // snippet: json-limits-module
    MopsJson small = MopsJson.builder()
        .limits(ReadLimits.builder().maxDocumentLength(1 << 20).maxNestingDepth(32).build())
        .build();

    JsonMapper mapper = JsonMapper.builder().addModule(new MopsModule()).build();
    Plan viaJackson = mapper.readValue(small.writeString(plan), Plan.class);
    // end snippet
    assertEquals(plan, viaJackson);
  }

  @Test
  void formatReferenceIsUpToDateAndItsExamplesRead() throws IOException {
    Path doc = repoRoot().resolve("docs/format.md");
    String text = Files.readString(doc);
    String begin = "<!-- generated: types -->\n";
    String end = "<!-- end generated -->";
    int from = text.indexOf(begin) + begin.length();
    int to = text.indexOf(end);
    String generated = FormatReference.markdown();
    if (Boolean.getBoolean("mops.golden.update")) {
      Files.writeString(doc, text.substring(0, from) + generated + text.substring(to));
      return;
    }
    assertEquals(generated, text.substring(from, to), "rerun with -Dmops.golden.update=true");
    Matcher m = Pattern.compile("```json\\n(.*?)```", Pattern.DOTALL).matcher(text);
    int examples = 0;
    while (m.find()) {
      Plan p = MopsJson.standard().readString(m.group(1));
      assertEquals(List.of(), SchemaTest.validate(m.group(1)));
      assertEquals(p, MopsJson.standard().readString(MopsJson.standard().writeString(p)));
      examples++;
    }
    assertTrue(examples >= 1);
  }

  static String normalize(String code) {
    List<String> lines = code.lines().toList();
    int indent =
        lines.stream()
            .filter(l -> !l.isBlank())
            .mapToInt(l -> l.length() - l.stripLeading().length())
            .min()
            .orElse(0);
    StringBuilder b = new StringBuilder();
    for (String l : lines) {
      b.append(l.isBlank() ? "" : l.substring(indent).stripTrailing()).append('\n');
    }
    return b.toString().strip();
  }
}
