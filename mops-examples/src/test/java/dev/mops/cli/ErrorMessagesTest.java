package dev.mops.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.mops.cli.MopsCommandLineTest.Run;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Every bad argument and unusable file gets one paragraph with the value and what was expected,
 * naming its file, exit code 2: the exact messages.
 */
class ErrorMessagesTest {
  @TempDir Path dir;

  private static final String SAMPLE_NOTE =
      "mops: no plan given; using the bundled sample plan (the automotive plan of the seed article)\n";

  private static Run run(String... args) {
    return MopsCommandLineTest.run(args);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "report|--month|2027-13|--month|'2027-13' is not a month: expected YYYY-MM, e.g. 2027-03",
        "report|--month|March|--month|'March' is not a month: expected YYYY-MM, e.g. 2027-03",
        "check|--as-of|tomorrow|--as-of|'tomorrow' is not a date: expected YYYY-MM-DD, e.g. 2027-04-30",
        "check|--as-of|2027-02-30|--as-of|'2027-02-30' is not a date: expected YYYY-MM-DD, e.g. 2027-04-30",
        "churn|--zone|Mars/Base|--zone|'Mars/Base' is not a time zone: expected a region id such as"
            + " Europe/Berlin or America/Chicago, or UTC, or an offset such as +02:00",
      })
  void aBadTypedValueIsOneParagraphWithTheValueAndWhatWasExpected(
      String command, String option, String value, String name, String expected) {
    Run r = run(command, option, value);
    assertEquals(2, r.code());
    assertEquals("", r.out());
    assertEquals(
        "mops: invalid "
            + name
            + ": "
            + expected
            + "\nRun 'mops "
            + command
            + " --help' for its options.\n",
        r.err().replace("\r\n", "\n"));
  }

  @Test
  void aFileThatIsNotJsonIsNotAPlanDocument() throws IOException {
    Path csv = dir.resolve("events.csv");
    Files.writeString(csv, "contact_id,event,occurred_at\n", StandardCharsets.UTF_8);
    Run r = run("check", csv.toString());
    assertEquals(2, r.code());
    assertEquals(
        "mops: "
            + csv
            + " is not a plan document: a plan document is a JSON object, starting with '{'; this"
            + " file starts with 'contact_id,e'\n",
        r.err());

    Path png = dir.resolve("chart.png");
    Files.write(png, new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0});
    Run p = run("check", png.toString());
    assertEquals(2, p.code());
    assertEquals(
        "mops: "
            + png
            + " is not a plan document: a plan document is a JSON object, starting with '{'; this"
            + " file starts with '\\u0089PNG\\r\\n\\u001A\\n\\u0000\\u0000'\n",
        p.err());
  }

  @Test
  void aBrokenPlanDocumentNamesItsFile() throws IOException {
    Path plan = dir.resolve("plan.json");
    Files.writeString(plan, "{\"id\":\"x\"\n", StandardCharsets.UTF_8);
    Run r = run("check", plan.toString());
    assertEquals(2, r.code());
    assertEquals(
        "mops: cannot read "
            + plan
            + ": /id: malformed JSON: Unexpected end-of-input: expected close marker for Object"
            + " (line 2, column 1)\n",
        r.err());
  }

  @Test
  void anUnknownWorkPresetListsTheKnownOnes() {
    Run r = run("work", dir.resolve("items.csv").toString(), "--from", "trello");
    assertEquals(2, r.code());
    assertEquals(
        "mops: unknown --from preset \"trello\"; expected one of: standard, jira, asana\n",
        r.err());
  }

  @Test
  void versionIsTheBuildsOneVersion() {
    Run r = run("--version");
    assertEquals(0, r.code());
    assertEquals("mops " + dev.mops.model.MopsVersion.current() + "\n", r.out());
    assertEquals(
        dev.mops.model.MopsVersion.current(),
        new dev.mops.json.MopsModule().version().toString().replace("dev.mops/mops-json/", ""));
  }

  @Test
  void tooManyContactsNamesTheLimitTheOptionAndTheHeap() {
    Run r = run("churn", "--max-contacts", "2");
    assertEquals(2, r.code());
    assertEquals("", r.out());
    String err = r.err().replace("\r\n", "\n");
    assertEquals(
        "mops: more than 2 distinct contacts (the limit of --max-contacts); raise it with"
            + " --max-contacts N, and the heap with -Xmx, e.g. JAVA_OPTS=-Xmx8g (about 256"
            + " bytes a contact)\nRun 'mops churn --help' for its options.\n",
        err.substring(err.indexOf("mops: more than")));
    Run zero = run("churn", "--max-contacts", "0");
    assertEquals(2, zero.code());
    assertEquals(
        "mops: --max-contacts must be at least 1, got 0\nRun 'mops churn --help' for its"
            + " options.\n",
        zero.err().replace("\r\n", "\n"));
    Run enough = run("churn", "--max-contacts", "1000000");
    assertEquals(0, enough.code());
  }

  @Test
  void aDirectoryIsNamed() {
    Run r = run("check", dir.toString());
    assertEquals(2, r.code());
    assertEquals("mops: cannot read " + dir + ": it is a directory\n", r.err());
  }

  @Test
  void aPeriodOutsideThePlanExitsTwo() {
    Run month = run("report", "--month", "2030-01");
    assertEquals(2, month.code());
    assertEquals("", month.out());
    assertEquals(
        SAMPLE_NOTE
            + "mops: 2030-01 is outside the plan's period 2027-01-01/2027-12-31; choose one within"
            + " it\n",
        month.err());
    Run quarter = run("review", "--quarter", "2026-Q4");
    assertEquals(2, quarter.code());
    assertEquals(
        SAMPLE_NOTE
            + "mops: 2026-Q4 is outside the plan's period 2027-01-01/2027-12-31; choose one within"
            + " it\n",
        quarter.err());
  }
}
