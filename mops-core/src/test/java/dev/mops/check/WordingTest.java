package dev.mops.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.mops.metrics.Figures;
import dev.mops.metrics.Ratio;
import dev.mops.model.ElementKind;
import dev.mops.model.Frequency;
import dev.mops.model.Kpi;
import dev.mops.model.QuickWin;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Every example in {@link Wording}'s Javadoc, and its edges. */
class WordingTest {
  static final Kpi CLICK_RATE =
      Kpi.builder().id("k").name("Click rate").definition("clickers / delivered").unit("%").build();

  @Test
  void theClassExampleReadsAsDocumented() {
    Kpi kpi = CLICK_RATE;
    String message =
        Wording.title(kpi)
            + " has no owner; "
            + Wording.count(3, "other KPI", "other KPIs")
            + " share its measure: "
            + Wording.list(List.of("a", "b", "c", "d", "e"), 2)
            + ".";
    assertEquals(
        "KPI \"Click rate\" has no owner; 3 other KPIs share its measure: a, b and 3 more.",
        message);
  }

  @Test
  void quoteEscapesAndKeepsTheWholeText() {
    assertEquals("\"lead-routing\"", Wording.quote("lead-routing"));
    assertEquals("\"a\\nb\\u001B[2J\"", Wording.quote("a\nb\u001b[2J"));
    assertEquals("\"\"", Wording.quote(""));
    assertEquals("\"" + "x".repeat(500) + "\"", Wording.quote("x".repeat(500)), "kept whole");
    assertEquals("\"\\u202Eevil \uD83D\uDE80\"", Wording.quote("\u202Eevil \uD83D\uDE80"));
  }

  @Test
  void namesAndTitles() {
    QuickWin webinar =
        QuickWin.builder().id("qw").title("Webinar").plannedMonth(YearMonth.of(2027, 3)).build();
    assertEquals("quick win \"Webinar\"", Wording.name(webinar));
    assertEquals("Quick win \"Webinar\"", Wording.title(webinar));
    assertEquals("KPI \"Click rate\"", Wording.name(CLICK_RATE));
    assertEquals("Quick win", Wording.capitalize("quick win"));
    assertEquals("", Wording.capitalize(""));
    assertEquals("Éclair", Wording.capitalize("éclair"));
    assertEquals(
        "\uD801\uDC00x", Wording.capitalize("\uD801\uDC28x")); // Deseret: a supplementary letter
  }

  @Test
  void kindsReadAsPeopleWriteThem() {
    assertEquals("OKR", Wording.kind(ElementKind.OKR));
    assertEquals("KPI", Wording.kind(ElementKind.KPI));
    assertEquals("quick win", Wording.kind(ElementKind.QUICK_WIN));
    assertEquals("internal goal", Wording.kind(ElementKind.INTERNAL_GOAL));
    assertEquals("a capability", Wording.article(ElementKind.CAPABILITY));
    assertEquals("an objective", Wording.article(ElementKind.OBJECTIVE));
    assertEquals("an OKR", Wording.article(ElementKind.OKR));
    assertEquals("a KPI", Wording.article(ElementKind.KPI));
    assertEquals("an internal goal", Wording.article(ElementKind.INTERNAL_GOAL));
    assertEquals(
        "an objective or a capability",
        Wording.kinds(EnumSet.of(ElementKind.OBJECTIVE, ElementKind.CAPABILITY)));
    assertEquals(
        "an element of a kind it may name",
        Wording.kinds(
            EnumSet.of(
                ElementKind.OBJECTIVE, ElementKind.CAPABILITY, ElementKind.OKR, ElementKind.KPI)));
    assertThrows(IllegalArgumentException.class, () -> Wording.kinds(Set.of()));
  }

  @Test
  void listsStopAfterAFew() {
    assertEquals("a, b and c", Wording.list(List.of("a", "b", "c")));
    assertEquals("a and b", Wording.list(List.of("a", "b")));
    assertEquals("a", Wording.list(List.of("a")));
    assertEquals("", Wording.list(List.of()));
    assertEquals("a, b and 3 more", Wording.list(List.of("a", "b", "c", "d", "e"), 2));
    assertEquals("a, b and c", Wording.list(List.of("a", "b", "c"), 3));
    assertEquals("a, b and 38 more", Wording.list(List.of("a", "b"), 40, 2));
    assertEquals("a, b and 12,345 more", Wording.list(List.of("a", "b", "c"), 12_347, 2));
    assertEquals("a and b", Wording.list(List.of("a", "b"), 2, 5));
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> Wording.list(List.of("a"), 0));
    assertEquals("max must be at least 1, got 0", e.getMessage());
    e = assertThrows(IllegalArgumentException.class, () -> Wording.list(List.of("a", "b"), 1, 2));
    assertEquals("total must be at least the 2 items shown, got 1", e.getMessage());
    assertThrows(
        NullPointerException.class, () -> Wording.list(java.util.Arrays.asList("a", null)));
  }

  @Test
  void countsAndPlurals() {
    assertEquals("1 public goal", Wording.count(1, "public goal", "public goals"));
    assertEquals("0 public goals", Wording.count(0, "public goal", "public goals"));
    assertEquals("12,000 items", Wording.count(12_000, "item", "items"));
    assertEquals("2 capabilities", Wording.count(2, "capability", "capabilities"));
  }

  @Test
  void ordinals() {
    assertEquals(
        List.of(
            "1st", "2nd", "3rd", "4th", "11th", "12th", "13th", "21st", "22nd", "101st", "1,002nd"),
        java.util.stream.LongStream.of(1, 2, 3, 4, 11, 12, 13, 21, 22, 101, 1002)
            .mapToObj(Wording::ordinal)
            .toList());
    org.junit.jupiter.api.Assertions.assertThrows(
        IllegalArgumentException.class, () -> Wording.ordinal(0));
  }

  @Test
  void frequencies() {
    assertEquals("every week", Wording.every(Frequency.weekly()));
    assertEquals("every 2 weeks", Wording.every(Frequency.biweekly()));
    assertEquals("every 3 months", Wording.every(Frequency.quarterly()));
    assertEquals("every 14 days", Wording.every(Frequency.everyDays(14)));
    assertEquals("every month", Wording.every(Frequency.monthly()));
  }

  @Test
  void percentages() {
    assertEquals("90%", Wording.percent(new BigDecimal("0.90")));
    assertEquals("12.5%", Wording.percent(new BigDecimal("0.125")));
    assertEquals("100%", Wording.percent(BigDecimal.ONE));
    assertEquals("84.38%", Wording.percent(new BigDecimal("27"), new BigDecimal("32")));
    assertEquals("0.12%", Wording.percent(new BigDecimal("0.125"), new BigDecimal("100")));
    assertEquals("0.14%", Wording.percent(new BigDecimal("0.135"), new BigDecimal("100")));
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> Wording.percent(BigDecimal.ONE, new BigDecimal("0.0")));
    assertEquals("whole must not be 0, got 0.0", e.getMessage());
  }

  @Test
  void percentagesReadAsFiguresWritesThem() {
    // a measured share: 3 of 4 is 75%, never 75.00%
    assertEquals("75%", Wording.percent(new BigDecimal("3"), new BigDecimal("4")));
    assertEquals(
        Figures.percent(Ratio.of(3, 4)), Wording.percent(new BigDecimal("3"), new BigDecimal("4")));
    assertEquals("0.033%", Wording.percent(new BigDecimal("330"), new BigDecimal("1000000")));
    assertEquals(
        Figures.percent(new BigDecimal("0.00033")), Wording.percent(new BigDecimal("0.00033")));
    assertEquals("12,000 items", Wording.count(12_000, "item", "items"));
    assertEquals("a, b and 1,998 more", Wording.list(List.of("a", "b"), 2_000, 2));
  }

  @Test
  void visibleEscapesWhatATerminalWouldActOn() {
    assertEquals("plain text, ünïcödé", Wording.visible("plain text, ünïcödé"));
    assertEquals("a\\nb\\tc\\u001Bd\\u202Ee", Wording.visible("a\nb\tc\u001Bd\u202Ee"));
    assertEquals("\"" + Wording.visible("x\ny") + "\"", Wording.quote("x\ny"));
    assertThrows(NullPointerException.class, () -> Wording.visible(null));
  }
}
