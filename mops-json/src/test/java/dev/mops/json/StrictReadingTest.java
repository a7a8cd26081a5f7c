package dev.mops.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mops.model.DateRange;
import dev.mops.model.KeyResult;
import dev.mops.model.Plan;
import java.math.BigDecimal;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Reading is strict: every kind of bad input is our exception, with pointer, line and column. */
class StrictReadingTest {
  static final String HEAD =
      "{\"formatVersion\":\"1.0\",\"id\":\"p\",\"name\":\"P\",\"period\":\"2027-01-01/2027-12-31\"";

  private final MopsJson json = MopsJson.standard();

  static String plan(String more) {
    return HEAD + (more.isEmpty() ? "" : "," + more) + "}";
  }

  private MopsJsonException refused(String text) {
    return assertThrows(MopsJsonException.class, () -> json.readString(text));
  }

  @Test
  void readsTheSmallestPlan() {
    Plan p = json.readString(plan(""));
    assertEquals(
        Plan.builder().id("p").name("P").period(DateRange.parse("2027-01-01/2027-12-31")).build(),
        p);
  }

  @Test
  void anUnknownPropertyFarFromEveryNameGetsNoSuggestion() {
    MopsJsonException e = refused(plan("\"objectives\":[{\"id\":\"o\",\"colour\":\"x\"}]"));
    assertTrue(
        e.problem().startsWith("unknown property \"colour\" of an objective; expected one of: "),
        e.getMessage());
  }

  @Test
  void unknownPropertyIsNamedWithTheExpectedNames() {
    MopsJsonException e = refused(plan("\"objectives\":[{\"id\":\"o\",\"titel\":\"x\"}]"));
    assertEquals("/objectives/0/titel", e.pointer());
    assertTrue(
        e.problem()
            .startsWith(
                "unknown property \"titel\" of an objective; did you mean \"title\"? expected"
                    + " one of: id, title, "),
        e.getMessage());
    assertTrue(e.expected().orElseThrow().contains("title"));
    assertEquals(1, e.line());
    assertTrue(e.column() > 1);
  }

  @Test
  void unknownTopLevelProperty() {
    MopsJsonException e = refused(plan("\"okrz\":[]"));
    assertEquals("/okrz", e.pointer());
    assertFalse(e.getMessage().contains("newer"), e.getMessage());
  }

  @Test
  void duplicateKeys() {
    assertEquals("/name", refused(HEAD + ",\"name\":\"Q\"}").pointer());
    assertEquals(
        "/stakeholders/0/id",
        refused(plan("\"stakeholders\":[{\"id\":\"s\",\"name\":\"S\",\"id\":\"t\"}]")).pointer());
    MopsJsonException e = refused(plan("\"extensions\":{\"a\":{\"b\":1,\"b\":2}}"));
    assertEquals("/extensions/a/b", e.pointer());
    assertTrue(e.problem().contains("duplicate property \"b\""), e.getMessage());
  }

  @Test
  void trailingContent() {
    assertEquals("", refused(plan("") + " {}").pointer());
    assertTrue(refused(plan("") + " {}").problem().contains("after the plan object"));
    assertTrue(refused(plan("") + "x").problem().startsWith("malformed JSON"));
    assertTrue(refused(plan("") + "]").problem().startsWith("malformed JSON"));
    json.readString(plan("") + " \n\t ");
  }

  @Test
  void wrongTypes() {
    MopsJsonException e = refused("{\"formatVersion\":\"1.0\",\"id\":42}");
    assertEquals("/id", e.pointer());
    assertEquals("expected an id matching [A-Za-z0-9._-]{1,64}, got the number 42", e.problem());
    assertEquals(
        "/period", refused(HEAD.replace("\"2027-01-01/2027-12-31\"", "{}") + "}").pointer());
    assertEquals("/stakeholders", refused(plan("\"stakeholders\":{}")).pointer());
    assertEquals("/stakeholders/0", refused(plan("\"stakeholders\":[\"s\"]")).pointer());
    assertEquals(
        "/teamMembers/0/active",
        refused(plan("\"teamMembers\":[{\"id\":\"t\",\"name\":\"T\",\"active\":\"yes\"}]"))
            .pointer());
    assertEquals("/extensions", refused(plan("\"extensions\":[]")).pointer());
    assertTrue(refused("[]").problem().startsWith("expected a plan object, got an array"));
  }

  @Test
  void nullIsNeverAValue() {
    MopsJsonException e = refused(HEAD.replace("\"P\"", "null") + "}");
    assertEquals("/name", e.pointer());
    assertEquals("expected a non-blank string, got null", e.problem());
    assertEquals("/team", refused(plan("\"team\":null")).pointer());
    assertEquals("/objectives", refused(plan("\"objectives\":null")).pointer());
    assertEquals(
        Optional.of(dev.mops.model.ExtensionValue.nullValue()),
        json.readString(plan("\"extensions\":{\"a\":null}")).extensions().get("a"));
  }

  @Test
  void missingRequiredValues() {
    MopsJsonException e =
        refused("{\"formatVersion\":\"1.0\",\"id\":\"p\",\"period\":\"2027-01-01/2027-12-31\"}");
    assertEquals("", e.pointer());
    assertEquals("missing required property \"name\" of a plan", e.problem());
    assertEquals(Optional.of("property \"name\""), e.expected());
    MopsJsonException nested = refused(plan("\"objectives\":[{},{\"id\":\"o\"}]"));
    assertEquals("/objectives/0", nested.pointer());
    assertTrue(nested.problem().contains("\"id\""));
    assertEquals(
        "/objectives/1",
        refused(plan("\"objectives\":[{\"id\":\"o\",\"title\":\"T\"},{\"id\":\"o\"}]")).pointer());
    assertTrue(
        refused("{\"id\":\"p\",\"name\":\"P\",\"period\":\"2027-01-01/2027-12-31\"}")
            .problem()
            .contains("\"formatVersion\""));
  }

  @Test
  void badIdIsPointedAtWithLineAndColumn() {
    String text =
        "{\n  \"formatVersion\": \"1.0\", \"id\": \"p\", \"name\": \"P\", \"period\": \"2027-01-01/2027-12-31\",\n"
            + "  \"objectives\": [\n    {\"id\": \"a b\", \"title\": \"T\"}\n  ]\n}\n";
    MopsJsonException e = refused(text);
    assertEquals(
        "/objectives/0/id: expected an id matching [A-Za-z0-9._-]{1,64}, got \"a b\" (line 4, column 12)",
        e.getMessage());
    assertEquals(4, e.line());
    assertEquals(12, e.column());
    assertEquals(
        "/objectives/0/stakeholderIds/1",
        refused(
                plan(
                    "\"objectives\":[{\"id\":\"o\",\"title\":\"T\",\"stakeholderIds\":[\"s\",\"\"]}]"))
            .pointer());
  }

  @Test
  void modelInvariantsComeOutAsOurExceptionWithThePath() {
    MopsJsonException range =
        refused(HEAD.replace("2027-01-01/2027-12-31", "2027-12-31/2027-01-01") + "}");
    assertEquals("/period", range.pointer());
    assertTrue(range.problem().contains("end must not be before start"), range.problem());
    String win =
        "\"quickWins\":[{\"id\":\"q\",\"title\":\"Q\",\"plannedMonth\":\"2027-01\","
            + "\"launchedOn\":\"2027-01-05\",\"status\":\"MISSED\"}]";
    MopsJsonException e = refused(plan(win));
    assertEquals("/quickWins/0/launchedOn", e.pointer());
    assertTrue(
        e.problem().startsWith("invalid quickWin: quickWin.launchedOn must be empty"), e.problem());
    assertTrue(e.getCause() instanceof IllegalArgumentException);
    assertEquals(
        "/quickWins/0",
        refused(
                plan(
                    win.replace(",\"launchedOn\":\"2027-01-05\"", "")
                        .replace("MISSED", "LAUNCHED")))
            .pointer());
    assertEquals(
        "/okrs/0/keyResults/0/weight",
        refused(
                plan(
                    "\"okrs\":[{\"id\":\"o\",\"title\":\"O\",\"level\":\"MOPS\","
                        + "\"period\":\"2027-01-01/2027-03-31\",\"keyResults\":[{\"id\":\"k\",\"title\":\"K\",\"kind\":\"BINARY\","
                        + "\"weight\":-1}]}]"))
            .pointer());
    assertEquals(
        "/kpis/0/name",
        refused(
                plan(
                    "\"kpis\":[{\"id\":\"k\",\"name\":\" \",\"definition\":\"d\",\"unit\":\"%\"}]"))
            .pointer());
    assertEquals(
        "/okrs/0/keyResults/0/checkIns/0/confidence",
        refused(
                plan(
                    "\"okrs\":[{\"id\":\"o\",\"title\":\"O\","
                        + "\"level\":\"MOPS\",\"period\":\"2027-01-01/2027-03-31\",\"keyResults\":[{\"id\":\"k\",\"title\":\"K\","
                        + "\"kind\":\"METRIC\",\"checkIns\":[{\"on\":\"2027-01-02\",\"confidence\":1.5}]}]}]"))
            .pointer());
  }

  @Test
  void badScalarsAreRefusedWithWhatWasExpected() {
    MopsJsonException date =
        refused(
            plan(
                "\"workItems\":[{\"id\":\"w\",\"createdOn\":\"2027-02-30\",\"kind\":\"PLANNED\","
                    + "\"urgent\":false,\"visionAligned\":true}]"));
    assertEquals("/workItems/0/createdOn", date.pointer());
    assertEquals(Optional.of("a date like 2027-03-01"), date.expected());
    MopsJsonException kind =
        refused(
            plan(
                "\"workItems\":[{\"id\":\"w\",\"createdOn\":\"2027-02-03\",\"kind\":\"planned\","
                    + "\"urgent\":false,\"visionAligned\":true}]"));
    assertEquals("/workItems/0/kind", kind.pointer());
    assertEquals("expected one of PLANNED, AD_HOC, got \"planned\"", kind.problem());
    assertEquals("/fiscalYearStart", refused(plan("\"fiscalYearStart\":1")).pointer());
    assertEquals(
        "/reviewCadences/0/frequency",
        refused(
                plan(
                    "\"reviewCadences\":[{\"id\":\"r\",\"name\":\"R\","
                        + "\"kind\":\"OTHER\",\"frequency\":\"weekly\"}]"))
            .pointer());
    assertEquals(
        "/reviewCadences/0/graceDays",
        refused(
                plan(
                    "\"reviewCadences\":[{\"id\":\"r\",\"name\":\"R\","
                        + "\"kind\":\"OTHER\",\"frequency\":\"P1W\",\"graceDays\":1.0}]"))
            .pointer());
    assertEquals(
        "/capabilities/0/estimatedBuild",
        refused(
                plan(
                    "\"capabilities\":[{\"id\":\"c\",\"name\":\"C\","
                        + "\"estimatedBuild\":\"6 months\"}]"))
            .pointer());
    assertEquals(
        "/quickWins/0/plannedMonth",
        refused(
                plan(
                    "\"quickWins\":[{\"id\":\"q\",\"title\":\"Q\","
                        + "\"plannedMonth\":\"2027-13\"}]"))
            .pointer());
  }

  @Test
  void emptyListsAndExplicitDefaultsReadEqual() {
    Plan bare = json.readString(plan(""));
    assertEquals(
        bare,
        json.readString(
            plan(
                "\"objectives\":[],\"notes\":[],\"fiscalYearStart\":\"JANUARY\","
                    + "\"extensions\":{}")));
    Plan withDefaults =
        json.readString(
            plan(
                "\"okrs\":[{\"id\":\"o\",\"title\":\"O\",\"level\":\"MOPS\","
                    + "\"period\":\"2027-01-01/2027-03-31\",\"status\":\"ACTIVE\",\"visibility\":\"PUBLIC\",\"keyResults\":[{\"id\":\"k\","
                    + "\"title\":\"K\",\"kind\":\"THRESHOLD\",\"direction\":\"AT_OR_ABOVE\",\"weight\":1}]}]"));
    assertEquals(withDefaults, json.readString(json.writeString(withDefaults)));
    assertFalse(json.writeString(withDefaults).contains("\"weight\""));
  }

  @Test
  void decimalsKeepTheirScale() {
    Plan p =
        json.readString(
            plan(
                "\"okrs\":[{\"id\":\"o\",\"title\":\"O\",\"level\":\"MOPS\","
                    + "\"period\":\"2027-01-01/2027-03-31\",\"keyResults\":[{\"id\":\"k\",\"title\":\"K\",\"kind\":\"METRIC\","
                    + "\"start\":1.50,\"target\":1E+3,\"weight\":1.0}]}]"));
    KeyResult k = p.okrs().get(0).keyResults().get(0);
    assertEquals(new BigDecimal("1.50"), k.start().orElseThrow());
    assertEquals(new BigDecimal("1E+3"), k.target().orElseThrow());
    assertEquals(new BigDecimal("1.0"), k.weight());
    String text = json.writeString(p);
    assertTrue(text.contains("\"start\": 1.50"), text);
    assertTrue(text.contains("\"target\": 1E+3"), text);
    assertTrue(text.contains("\"weight\": 1.0"), text);
    assertEquals(p, json.readString(text));
  }

  @Test
  void newerMinorVersionIsReadWhenItHoldsNothingUnknown() {
    Plan p = json.readString(plan("").replace("\"1.0\"", "\"1.7\""));
    assertEquals("p", p.id());
  }

  @Test
  void newerMinorVersionWithUnknownContentNamesBothVersions() {
    MopsJsonException e =
        refused(
            plan("\"objectives\":[{\"id\":\"o\",\"title\":\"T\",\"priority\":1}]")
                .replace("\"1.0\"", "\"1.7\""));
    assertEquals("/objectives/0/priority", e.pointer());
    assertTrue(
        e.problem().contains("written by a newer mops (format 1.7) than this reader (format 1.0)"),
        e.problem());
    MopsJsonException first =
        refused(
            "{\"sprintz\":[],\"formatVersion\":\"1.2\",\"id\":\"p\",\"name\":\"P\","
                + "\"period\":\"2027-01-01/2027-12-31\"}");
    assertEquals("/sprintz", first.pointer());
    assertTrue(first.problem().contains("newer mops (format 1.2)"), first.problem());
    MopsJsonException enumValue =
        refused(plan("\"fiscalYearStart\":\"SMARCH\"").replace("\"1.0\"", "\"1.1\""));
    assertEquals("/fiscalYearStart", enumValue.pointer());
    assertTrue(enumValue.problem().contains("newer mops (format 1.1)"), enumValue.problem());
  }

  @Test
  void otherMajorVersionsAreRefused() {
    MopsJsonException e = refused(plan("").replace("\"1.0\"", "\"2.0\""));
    assertEquals("/formatVersion", e.pointer());
    assertTrue(
        e.problem()
            .contains("format 2.0 is not supported: the document was written by a newer mops"),
        e.problem());
    assertTrue(e.problem().contains("1.0"), e.problem());
    assertTrue(refused(plan("").replace("\"1.0\"", "\"0.9\"")).problem().contains("not supported"));
    assertEquals("/formatVersion", refused(plan("").replace("\"1.0\"", "\"1\"")).pointer());
    assertEquals("/formatVersion", refused(plan("").replace("\"1.0\"", "1.0")).pointer());
  }

  @Test
  void emptyAndBlankDocuments() {
    assertEquals("", refused("").pointer());
    assertEquals("", refused("   ").pointer());
  }
}
