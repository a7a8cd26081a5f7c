package dev.mops.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mops.model.DateRange;
import dev.mops.model.Plan;
import java.math.BigDecimal;
import java.net.URI;
import java.time.LocalDate;
import java.time.Period;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Each scalar of the format at the edges of what it accepts: the last value read and the first
 * refused, and the message of the refusal ("expected X, got Y", with Y the value as written or the
 * kind of JSON value met) at the value's pointer.
 */
class ScalarErrorsTest {
  private final MopsJson json = MopsJson.standard();

  private static String plan(String more) {
    return StrictReadingTest.plan(more);
  }

  /** Refuses {@code doc} at {@code pointer}; returns the problem. */
  private String refusedAt(String doc, String pointer) {
    MopsJsonException e = assertThrows(MopsJsonException.class, () -> json.readString(doc));
    assertEquals(pointer, e.pointer(), e::getMessage);
    assertTrue(e.line() >= 1 && e.column() >= 1, e::getMessage);
    return e.problem();
  }

  private static String workItemCreatedOn(String date) {
    return plan(
        "\"workItems\":[{\"id\":\"w\",\"createdOn\":\""
            + date
            + "\",\"kind\":\"PLANNED\",\"urgent\":false,\"visionAligned\":true}]");
  }

  @Test
  void datesAreFourTwoTwoDigitsWithDashes() {
    assertEquals(
        LocalDate.of(2029, 9, 19),
        json.readString(workItemCreatedOn("2029-09-19")).workItems().get(0).createdOn());
    assertEquals(
        LocalDate.of(2000, 10, 10),
        json.readString(workItemCreatedOn("2000-10-10")).workItems().get(0).createdOn());
    for (String bad :
        List.of(
            "2027-1-01",
            "2027-01-011",
            "2027/01/01",
            "2027-01/01",
            "20x7-01-01",
            "2027-0/-01",
            "2027-01-:1",
            "2027-02-30",
            "2027-00-10",
            "")) {
      assertEquals(
          "expected a date like 2027-03-01, got \"" + bad + "\"",
          refusedAt(workItemCreatedOn(bad), "/workItems/0/createdOn"),
          bad);
    }
  }

  private static String plannedMonth(String month) {
    return plan(
        "\"quickWins\":[{\"id\":\"q\",\"title\":\"Q\",\"plannedMonth\":\"" + month + "\"}]");
  }

  @Test
  void monthsAreOneToTwelve() {
    for (String good : List.of("2027-01", "2027-12", "2029-09")) {
      assertEquals(
          YearMonth.parse(good),
          json.readString(plannedMonth(good)).quickWins().get(0).plannedMonth());
    }
    for (String bad : List.of("2027-00", "2027-13", "2027-1", "2027-001", "2027/01", "2x27-01")) {
      assertEquals(
          "expected a month like 2027-03, got \"" + bad + "\"",
          refusedAt(plannedMonth(bad), "/quickWins/0/plannedMonth"),
          bad);
    }
  }

  private static String withPeriod(String range) {
    return StrictReadingTest.HEAD.replace("2027-01-01/2027-12-31", range) + "}";
  }

  @Test
  void dateRangesAreTwoDatesAroundASlash() {
    assertEquals(
        DateRange.of(LocalDate.of(2027, 3, 1), LocalDate.of(2027, 3, 1)),
        json.readString(withPeriod("2027-03-01/2027-03-01")).period());
    for (String bad :
        List.of(
            "2027-01-01-2027-03-31",
            "2027-01-01/2027-3-31",
            "2027-01-01//2027-03-31",
            "2027-01-01/2027-02-30",
            "2027-02-30/2027-03-31")) {
      assertEquals(
          "expected a date range like 2027-01-01/2027-03-31, got \"" + bad + "\"",
          refusedAt(withPeriod(bad), "/period"),
          bad);
    }
    // the model's refusal is told in brackets
    IllegalArgumentException model =
        assertThrows(
            IllegalArgumentException.class,
            () -> DateRange.of(LocalDate.of(2027, 3, 2), LocalDate.of(2027, 3, 1)));
    assertEquals(
        "expected a date range like 2027-01-01/2027-03-31, got \"2027-03-02/2027-03-01\" ("
            + model.getMessage()
            + ")",
        refusedAt(withPeriod("2027-03-02/2027-03-01"), "/period"));
  }

  private static String estimatedBuild(String period) {
    return plan(
        "\"capabilities\":[{\"id\":\"c\",\"name\":\"C\",\"estimatedBuild\":\"" + period + "\"}]");
  }

  @Test
  void periodsAreIsoYearsMonthsWeeksAndDays() {
    assertEquals(
        Optional.of(Period.ofMonths(6)),
        json.readString(estimatedBuild("P6M")).capabilities().get(0).estimatedBuild());
    assertEquals(
        Optional.of(Period.of(1, 2, 10)),
        json.readString(estimatedBuild("P1Y2M10D")).capabilities().get(0).estimatedBuild());
    for (String bad : List.of("P", "6M", "PT1H", "p6m", "P1234567Y", "P6M ")) {
      assertEquals(
          "expected an ISO-8601 period like P6M or P1Y2M10D, got \"" + bad + "\"",
          refusedAt(estimatedBuild(bad), "/capabilities/0/estimatedBuild"),
          bad);
    }
  }

  private static String externalParentUri(String uri) {
    return plan(
        "\"okrs\":[{\"id\":\"o\",\"title\":\"O\",\"level\":\"MOPS\",\"period\":"
            + "\"2027-01-01/2027-03-31\",\"externalParent\":{\"id\":\"X-1\",\"title\":\"X\","
            + "\"level\":\"COMPANY\",\"uri\":\""
            + uri
            + "\"}}]");
  }

  @Test
  void urisMayBeRelativeButMustBeUris() {
    assertEquals(
        Optional.of(URI.create("../okrs/X-1")),
        json.readString(externalParentUri("../okrs/X-1"))
            .okrs()
            .get(0)
            .externalParent()
            .orElseThrow()
            .uri());
    assertEquals(
        "expected a URI, got \"a b\"",
        refusedAt(externalParentUri("a b"), "/okrs/0/externalParent/uri"));
  }

  private static String graceDays(String days) {
    return plan(
        "\"reviewCadences\":[{\"id\":\"r\",\"name\":\"R\",\"kind\":\"OTHER\","
            + "\"frequency\":\"P1W\",\"graceDays\":"
            + days
            + "}]");
  }

  @Test
  void graceDaysAreZeroTo366() {
    for (int good : new int[] {0, 1, 365, 366}) {
      assertEquals(
          good,
          json.readString(graceDays(Integer.toString(good))).reviewCadences().get(0).graceDays());
    }
    for (String bad : List.of("367", "-1", "-100", "1000", "10000", "0366")) {
      String problem = refusedAt(graceDays(bad), "/reviewCadences/0/graceDays");
      if (!bad.equals("0366")) { // a leading zero is malformed JSON already
        assertEquals(
            "expected a whole number of days from 0 to 366, got the number " + bad, problem, bad);
      }
    }
    assertEquals(
        "expected a whole number of days from 0 to 366, got \"7\"",
        refusedAt(graceDays("\"7\""), "/reviewCadences/0/graceDays"));
  }

  private static String active(String value) {
    return plan("\"teamMembers\":[{\"id\":\"t\",\"name\":\"T\",\"active\":" + value + "}]");
  }

  @Test
  void booleansAreTrueOrFalse() {
    assertTrue(json.readString(active("true")).teamMembers().get(0).active());
    assertFalse(json.readString(active("false")).teamMembers().get(0).active());
    assertEquals(
        "expected true or false, got \"true\"",
        refusedAt(active("\"true\""), "/teamMembers/0/active"));
    assertEquals(
        "expected true or false, got the number 1",
        refusedAt(active("1"), "/teamMembers/0/active"));
  }

  private static String weight(String value) {
    return plan(
        "\"okrs\":[{\"id\":\"o\",\"title\":\"O\",\"level\":\"MOPS\",\"period\":"
            + "\"2027-01-01/2027-03-31\",\"keyResults\":[{\"id\":\"k\",\"title\":\"K\","
            + "\"kind\":\"BINARY\",\"weight\":"
            + value
            + "}]}]");
  }

  @Test
  void decimalsAreJsonNumbers() {
    assertEquals(
        new BigDecimal("2"),
        json.readString(weight("2")).okrs().get(0).keyResults().get(0).weight());
    assertEquals(
        "expected a number, got \"2\"", refusedAt(weight("\"2\""), "/okrs/0/keyResults/0/weight"));
    assertEquals(
        "expected a number, got true", refusedAt(weight("true"), "/okrs/0/keyResults/0/weight"));
  }

  private static String objectiveId(String value) {
    return plan("\"objectives\":[{\"id\":" + value + ",\"title\":\"T\"}]");
  }

  @Test
  void theValueMetIsDescribedByItsKind() {
    String expected = "expected an id matching [A-Za-z0-9._-]{1,64}, got ";
    String at = "/objectives/0/id";
    assertEquals(expected + "true", refusedAt(objectiveId("true"), at));
    assertEquals(expected + "false", refusedAt(objectiveId("false"), at));
    assertEquals(expected + "null", refusedAt(objectiveId("null"), at));
    assertEquals(expected + "an object", refusedAt(objectiveId("{}"), at));
    assertEquals(expected + "an array", refusedAt(objectiveId("[]"), at));
    assertEquals(expected + "the number -1.5e3", refusedAt(objectiveId("-1.5e3"), at));
    String sixty = "1".repeat(60);
    assertEquals(expected + "the number " + sixty, refusedAt(objectiveId(sixty), at));
    String seventy = "2".repeat(70);
    assertEquals(
        expected + "the number " + "2".repeat(57) + "... (70 characters)",
        refusedAt(objectiveId(seventy), at));
  }

  @Test
  void listsNameTheirElementsKind() {
    assertEquals(
        "expected an array of stakeholder values, got an object",
        refusedAt(plan("\"stakeholders\":{}"), "/stakeholders"));
    assertEquals(
        "expected an array of id values, got \"s\"",
        refusedAt(
            plan("\"objectives\":[{\"id\":\"o\",\"title\":\"T\",\"stakeholderIds\":\"s\"}]"),
            "/objectives/0/stakeholderIds"));
    assertEquals(
        "expected an array of text values, got null",
        refusedAt(
            plan("\"vision\":{\"statement\":\"S\",\"planOfAction\":null}"),
            "/vision/planOfAction"));
    assertEquals(
        "expected an object of vendor data, got \"x\"",
        refusedAt(plan("\"extensions\":\"x\""), "/extensions"));
  }

  @Test
  void aPlanWithEveryScalarAtItsEdgeRoundTrips() {
    Plan p =
        json.readString(
            plan(
                "\"reviewCadences\":[{\"id\":\"r\",\"name\":\"R\",\"kind\":\"OTHER\","
                    + "\"frequency\":\"P14D\",\"graceDays\":366}],"
                    + "\"quickWins\":[{\"id\":\"q\",\"title\":\"Q\",\"plannedMonth\":\"2027-12\"}]"));
    assertEquals(p, json.readString(json.writeString(p)));
    assertTrue(json.writeString(p).contains("\"graceDays\": 366"), json.writeString(p));
  }
}
