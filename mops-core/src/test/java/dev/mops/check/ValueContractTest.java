package dev.mops.check;

import com.google.common.testing.ClassSanityTester;
import com.google.common.testing.EqualsTester;
import dev.mops.metrics.EmailEvent;
import dev.mops.metrics.EmailEventType;
import dev.mops.metrics.FunnelRecord;
import dev.mops.metrics.Ratio;
import dev.mops.model.DateRange;
import dev.mops.model.Direction;
import dev.mops.model.ElementKind;
import dev.mops.model.ExtensionValue;
import dev.mops.model.Extensions;
import dev.mops.model.ExternalOkrRef;
import dev.mops.model.Frequency;
import dev.mops.model.OkrLevel;
import dev.mops.model.Quarter;
import dev.mops.model.Reference;
import dev.mops.model.SignOff;
import dev.mops.model.Stakeholder;
import dev.mops.model.Target;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * equals/hashCode and null contracts of the hand-written value types and a sample of the Immutables
 * ones, with Guava's {@link EqualsTester} and {@link ClassSanityTester}.
 */
class ValueContractTest {
  private static final LocalDate D1 = LocalDate.of(2027, 1, 1);
  private static final LocalDate D2 = LocalDate.of(2027, 3, 31);

  private static ClassSanityTester sanity() {
    ClassSanityTester t = new ClassSanityTester();
    NullContractTest.samples().forEach((type, value) -> setDefault(t, type, value));
    t.setDistinctValues(LocalDate.class, D1, D2);
    t.setDistinctValues(
        Instant.class,
        Instant.parse("2027-01-03T09:00:00Z"),
        Instant.parse("2027-01-04T09:00:00Z"));
    t.setDistinctValues(BigDecimal.class, BigDecimal.ONE, BigDecimal.TEN);
    t.setDistinctValues(String.class, "a", "b");
    t.setDistinctValues(
        ElementPath.class, ElementPath.root("p"), ElementPath.of("objectives", "o"));
    t.setDistinctValues(ExtensionValue.class, ExtensionValue.string("x"), ExtensionValue.number(1));
    return t;
  }

  @SuppressWarnings("unchecked")
  private static <T> void setDefault(ClassSanityTester tester, Class<T> type, Object value) {
    tester.setDefault(type, (T) value);
  }

  @Test
  void dateRange() {
    new EqualsTester()
        .addEqualityGroup(
            DateRange.of(D1, D2), DateRange.of(D1, D2), DateRange.parse("2027-01-01/2027-03-31"))
        .addEqualityGroup(DateRange.of(D1, D1), DateRange.ofDay(D1))
        .addEqualityGroup(DateRange.of(D2, D2))
        .addEqualityGroup(DateRange.ofMonth(java.time.YearMonth.of(2027, 1)))
        .testEquals();
    sanity().testNulls(DateRange.class);
  }

  @Test
  void quarter() {
    new EqualsTester()
        .addEqualityGroup(Quarter.of(2027, 1), Quarter.parse("2027-Q1"), Quarter.of(2026, 4).next())
        .addEqualityGroup(Quarter.of(2027, 2))
        .addEqualityGroup(Quarter.of(2026, 1))
        .testEquals();
    sanity().setDistinctValues(int.class, 1, 2).testNulls(Quarter.class);
    sanity().setDistinctValues(int.class, 1, 2).testEquals(Quarter.class);
  }

  @Test
  void frequency() {
    new EqualsTester()
        .addEqualityGroup(
            Frequency.monthly(), Frequency.everyMonths(1), Frequency.of(1, Frequency.Unit.MONTHS))
        .addEqualityGroup(Frequency.weekly(), Frequency.everyWeeks(1))
        .addEqualityGroup(Frequency.biweekly(), Frequency.everyWeeks(2))
        .addEqualityGroup(Frequency.quarterly(), Frequency.everyMonths(3))
        .addEqualityGroup(Frequency.everyDays(7))
        .testEquals();
    sanity().setDistinctValues(int.class, 1, 2).testNulls(Frequency.class);
    sanity().setDistinctValues(int.class, 1, 2).testEquals(Frequency.class);
  }

  @Test
  void extensionsAndValues() {
    new EqualsTester()
        .addEqualityGroup(Extensions.empty(), Extensions.of(Map.of()))
        .addEqualityGroup(
            Extensions.of("a.b", ExtensionValue.string("x")),
            Extensions.empty().with("a.b", ExtensionValue.string("x")))
        .addEqualityGroup(Extensions.of("a.b", ExtensionValue.string("y")))
        .addEqualityGroup(Extensions.of("a.c", ExtensionValue.string("x")))
        .testEquals();
    new EqualsTester()
        .addEqualityGroup(ExtensionValue.string("1"), ExtensionValue.string("1"))
        .addEqualityGroup(ExtensionValue.number(1), ExtensionValue.number("1"))
        .addEqualityGroup(ExtensionValue.bool(true))
        .addEqualityGroup(ExtensionValue.nullValue(), ExtensionValue.nullValue())
        .addEqualityGroup(ExtensionValue.array(List.of(ExtensionValue.number(1))))
        .addEqualityGroup(ExtensionValue.object(Map.of("k", ExtensionValue.number(1))))
        .testEquals();
    sanity().testNulls(Extensions.class);
    sanity().testNulls(ExtensionValue.class);
  }

  @Test
  void ratio() {
    new EqualsTester()
        .addEqualityGroup(Ratio.of(1, 4), Ratio.of(1, 4))
        .addEqualityGroup(Ratio.of(3, 4))
        .addEqualityGroup(Ratio.of(1, 3))
        .testEquals();
    // no ClassSanityTester here: it reflects into Ratio's private and package-private methods,
    // which the module path keeps closed; NullContractTest covers its public methods
  }

  @Test
  void elementPathAndFinding() {
    new EqualsTester()
        .addEqualityGroup(ElementPath.root("p"), ElementPath.root("p"))
        .addEqualityGroup(ElementPath.of("objectives", "o"), ElementPath.of("objectives", "o"))
        .addEqualityGroup(ElementPath.of("objectives", "o").child("keyResults", "k"))
        .addEqualityGroup(ElementPath.of("okrs", "o"))
        .testEquals();
    sanity().testNulls(ElementPath.class);
    sanity().testEquals(ElementPath.class);
    Finding f = Finding.of("r", Severity.WARNING, ElementPath.root("p"), "m", "h");
    new EqualsTester()
        .addEqualityGroup(
            f,
            Finding.of("r", Severity.WARNING, ElementPath.root("p"), "m", "h"),
            Finding.of("r", Severity.ERROR, ElementPath.root("p"), "m", "h")
                .withSeverity(Severity.WARNING))
        .addEqualityGroup(Finding.of("r", Severity.WARNING, ElementPath.root("p"), "m"))
        .addEqualityGroup(Finding.of("s", Severity.WARNING, ElementPath.root("p"), "m", "h"))
        .addEqualityGroup(Finding.of("r", Severity.ERROR, ElementPath.root("p"), "m", "h"))
        .addEqualityGroup(Finding.of("r", Severity.WARNING, ElementPath.root("q"), "m", "h"))
        .addEqualityGroup(Finding.of("r", Severity.WARNING, ElementPath.root("p"), "n", "h"))
        .testEquals();
    sanity().testNulls(Finding.class);
    sanity().testEquals(Finding.class);
  }

  @Test
  void metricsValues() {
    Instant t1 = Instant.parse("2027-01-03T09:00:00Z");
    new EqualsTester()
        .addEqualityGroup(
            EmailEvent.of("c", EmailEventType.OPEN, t1),
            EmailEvent.of("c", EmailEventType.OPEN, t1))
        .addEqualityGroup(EmailEvent.of("d", EmailEventType.OPEN, t1))
        .addEqualityGroup(EmailEvent.of("c", EmailEventType.CLICK, t1))
        .addEqualityGroup(EmailEvent.of("c", EmailEventType.OPEN, t1.plusSeconds(1)))
        .testEquals();
    sanity().testNulls(EmailEvent.class);
    sanity().testNulls(FunnelRecord.class);
    sanity().testEquals(FunnelRecord.class);
  }

  @Test
  void immutablesSample() {
    new EqualsTester()
        .addEqualityGroup(
            Stakeholder.of("sales", "Sales"),
            Stakeholder.builder().id("sales").name("Sales").build())
        .addEqualityGroup(Stakeholder.of("sales", "Sales team"))
        .addEqualityGroup(Stakeholder.of("cmo", "Sales"))
        .testEquals();
    new EqualsTester()
        .addEqualityGroup(SignOff.of("sales", "Dana", D1), SignOff.of("sales", "Dana", D1))
        .addEqualityGroup(SignOff.of("sales", "Dana", D2))
        .addEqualityGroup(SignOff.of("cmo", "Dana", D1))
        .testEquals();
    new EqualsTester()
        .addEqualityGroup(
            Target.of("sales", "USD", BigDecimal.ONE, BigDecimal.TEN, Direction.INCREASE),
            Target.of("sales", "USD", BigDecimal.ONE, BigDecimal.TEN, Direction.INCREASE))
        .addEqualityGroup(
            Target.of("sales", "USD", BigDecimal.ONE, BigDecimal.TEN, Direction.DECREASE))
        .testEquals();
    for (Class<?> c : List.of(Stakeholder.class, SignOff.class, ExternalOkrRef.class)) {
      sanity().setDistinctValues(OkrLevel.class, OkrLevel.MOPS, OkrLevel.MARKETING).testNulls(c);
    }
    new EqualsTester()
        .addEqualityGroup(
            Reference.to("parentId", "o", ElementKind.OBJECTIVE),
            Reference.to("parentId", "o", ElementKind.OBJECTIVE))
        .addEqualityGroup(Reference.to("parentId", "p", ElementKind.OBJECTIVE))
        .testEquals();
    sanity().testNulls(Reference.class);
  }
}
