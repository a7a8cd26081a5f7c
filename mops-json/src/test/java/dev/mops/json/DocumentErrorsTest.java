package dev.mops.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Errors about the document as a whole and its structure: the format version, unknown content met
 * before the version is known, malformed JSON (told without the parser's own source excerpt), the
 * parser's limits in our words, and missing properties named with their type.
 */
class DocumentErrorsTest {
  private static final String HEAD = StrictReadingTest.HEAD;
  private final MopsJson json = MopsJson.standard();

  private MopsJsonException refused(String doc) {
    return assertThrows(MopsJsonException.class, () -> json.readString(doc));
  }

  private static String version(String v) {
    return StrictReadingTest.plan("").replace("\"1.0\"", v);
  }

  @Test
  void theFormatVersionIsOneDotMinor() {
    MopsJsonException older = refused(version("\"0.9\""));
    assertEquals(
        "format 0.9 is not supported: this reader reads format 1.0 and later minor versions of 1.x",
        older.problem());
    assertEquals("/formatVersion", older.pointer());
    assertEquals(Optional.of("a format version 1.minor, like 1.0"), older.expected());
    assertEquals(
        "format 3.1 is not supported: the document was written by a newer mops; this reader reads"
            + " format 1.0 and later minor versions of 1.x",
        refused(version("\"3.1\"")).problem());
    for (String bad : new String[] {"1", "1.", "01.0", "1.00", "v1.0", "1.0.0", ""}) {
      assertEquals(
          "expected a format version 1.minor, like 1.0, got \"" + bad + "\"",
          refused(version("\"" + bad + "\"")).problem(),
          bad);
    }
    assertEquals("p", json.readString(version("\"1.123456789\"")).id());
  }

  @Test
  void theFirstUnknownPropertyMetBeforeTheVersionIsReported() {
    String rest = "\"id\":\"p\",\"name\":\"P\",\"period\":\"2027-01-01/2027-12-31\"}";
    MopsJsonException same =
        refused("{\"aaa\":1,\"bbb\":{\"c\":2},\"formatVersion\":\"1.0\"," + rest);
    assertEquals("/aaa", same.pointer());
    assertTrue(same.problem().startsWith("unknown property \"aaa\" of a plan;"), same.problem());
    assertFalse(same.problem().contains("newer"), same.problem());
    assertEquals(1, same.line());
    assertEquals(2, same.column());
    MopsJsonException newer =
        refused("{\"aaa\":1,\"bbb\":{\"c\":2},\"formatVersion\":\"1.3\"," + rest);
    assertEquals("/aaa", newer.pointer());
    assertEquals(
        "the document was written by a newer mops (format 1.3) than this reader (format 1.0) and"
            + " holds what this reader does not know: "
            + same.problem(),
        newer.problem());
    assertEquals(same.expected(), newer.expected());
    assertEquals(same.line(), newer.line());
    assertEquals(same.column(), newer.column());
    assertTrue(newer.getCause() instanceof MopsJsonException);
  }

  @Test
  void unknownPropertiesNameTheTypeAndItsProperties() {
    MopsJsonException plan = refused(StrictReadingTest.plan("\"zz\":1"));
    assertTrue(
        plan.problem()
            .startsWith(
                "unknown property \"zz\" of a plan; expected one of: formatVersion, id, name, team,"
                    + " period, fiscalYearStart, vision, stakeholders, "),
        plan.problem());
    assertTrue(plan.problem().endsWith(", notes, extensions"), plan.problem());
    assertEquals(
        "one of: " + plan.problem().substring(plan.problem().indexOf("formatVersion")),
        plan.expected().orElseThrow());
    MopsJsonException vision =
        refused(StrictReadingTest.plan("\"vision\":{\"statement\":\"S\",\"zz\":1}"));
    assertEquals(
        "unknown property \"zz\" of a vision; expected one of: statement, planOfAction,"
            + " coCreatedBy, signOffs, extensions",
        vision.problem());
    assertEquals("/vision/zz", vision.pointer());
  }

  @Test
  void missingPropertiesAreNamedWithTheirTypeAtTheObject() {
    MopsJsonException objective =
        refused(StrictReadingTest.plan("\"objectives\":[{\"id\":\"o\"}]"));
    assertEquals("missing required property \"title\" of an objective", objective.problem());
    assertEquals("/objectives/0", objective.pointer());
    assertEquals(1, objective.line());
    assertEquals(HEAD.length() + "\"objectives\":[".length() + 2, objective.column());
    MopsJsonException vision = refused(StrictReadingTest.plan("\"vision\":{}"));
    assertEquals("missing required property \"statement\" of a vision", vision.problem());
    assertEquals("/vision", vision.pointer());
  }

  @Test
  void malformedJsonIsToldWithoutTheParsersSourceExcerpt() {
    for (String doc :
        new String[] {
          HEAD, HEAD + ",", HEAD + ",\"team\":tru}", HEAD + ",\"team\" \"x\"}", "{\"a"
        }) {
      MopsJsonException e = refused(doc);
      assertTrue(e.problem().startsWith("malformed JSON: "), e::getMessage);
      assertFalse(e.problem().contains("Source"), e::getMessage);
      assertFalse(e.problem().contains("start marker"), e::getMessage);
      assertEquals(Optional.of("well-formed JSON"), e.expected(), e::getMessage);
      assertTrue(e.line() >= 1, e::getMessage);
      assertTrue(e.getCause() != null, e::getMessage);
    }
    MopsJsonException truncated = refused(HEAD);
    assertTrue(
        truncated.problem().startsWith("malformed JSON: Unexpected end-of-input"),
        truncated::getMessage);
    assertEquals(1, truncated.line());
    assertEquals(HEAD.length() + 1, truncated.column());
  }

  @Test
  void theParsersLimitsAreToldInOurWords() {
    MopsJson small =
        MopsJson.builder()
            .limits(ReadLimits.builder().maxStringLength(25).maxNumberLength(5).build())
            .build();
    MopsJsonException name =
        assertThrows(
            MopsJsonException.class,
            () ->
                small.readString(
                    StrictReadingTest.plan("\"extensions\":{\"" + "k".repeat(26) + "\":1}")));
    assertEquals(
        "property name of more than 25 characters is longer than the limit of 25", name.problem());
    assertEquals(Optional.empty(), name.expected());
    MopsJsonException number =
        assertThrows(
            MopsJsonException.class,
            () -> small.readString(StrictReadingTest.plan("\"extensions\":{\"k\":123456}")));
    assertEquals(
        "number of more than 5 characters is longer than the limit of 5", number.problem());
    assertEquals("/extensions/k", number.pointer());
    MopsJsonException string =
        assertThrows(
            MopsJsonException.class,
            () -> small.readString(StrictReadingTest.plan("\"team\":\"" + "t".repeat(26) + "\"")));
    assertEquals(
        "string of more than 25 characters is longer than the limit of 25", string.problem());
  }

  @Test
  void contentAfterThePlanIsDescribed() {
    MopsJsonException e = refused(StrictReadingTest.plan("") + " 42");
    assertEquals("unexpected the number 42 after the plan object", e.problem());
    assertEquals(Optional.of("the end of the document"), e.expected());
    assertEquals("", e.pointer());
    assertEquals(
        "unexpected \"x\" after the plan object",
        refused(StrictReadingTest.plan("") + "\"x\"").problem());
    assertEquals(
        "unexpected an array after the plan object",
        refused(StrictReadingTest.plan("") + "[]").problem());
  }

  @Test
  void anEmptyDocumentSaysWhatWasExpected() {
    MopsJsonException e = refused(" \n ");
    assertEquals("the document is empty; expected a plan object", e.problem());
    assertEquals(Optional.of("a plan object"), e.expected());
    assertEquals("", e.pointer());
    assertEquals(2, e.line());
  }
}
