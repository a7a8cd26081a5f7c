package dev.mops.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ObservationTest {
  private static final LocalDate MARCH_31 = LocalDate.of(2027, 3, 31);

  @Test
  void ofDecimalTextKeepsTheExactValue() {
    Observation o = Observation.of(MARCH_31, "2.35");
    assertEquals(MARCH_31, o.on());
    assertEquals(new BigDecimal("2.35"), o.value());
    assertEquals(2, o.value().scale());
    assertEquals(Observation.of(MARCH_31, new BigDecimal("2.35")), o);
    assertEquals("2.35 on 2027-03-31", o.toString());
    assertEquals("1000 on 2027-03-31", Observation.of(MARCH_31, "1E+3").toString());
  }

  @ParameterizedTest
  @ValueSource(strings = {"two", "", "2,35", "NaN"})
  void ofTextThatIsNotADecimalFails(String text) {
    Expect.badValue(() -> Observation.of(MARCH_31, text), "value", "\"" + text + "\"");
  }

  @Test
  void ordersByDayThenValue() {
    Observation a = Observation.of(MARCH_31, "5");
    Observation b = Observation.of(MARCH_31, "6");
    Observation c = Observation.of(MARCH_31.plusDays(1), "1");
    assertTrue(a.compareTo(b) < 0 && b.compareTo(c) < 0);
  }

  @Test
  void latestOnIsTheLastListedAmongEqualDaysOnOrBeforeTheDay() {
    Target t =
        Models.target()
            .addObservation(Observation.of(MARCH_31, "1"))
            .addObservation(Observation.of(MARCH_31, "2"))
            .addObservation(Observation.of(MARCH_31.minusDays(10), "3"))
            .addObservation(Observation.of(MARCH_31.plusDays(1), "4"))
            .build();
    assertEquals(Optional.of(Observation.of(MARCH_31, "2")), t.latestOn(MARCH_31));
    assertEquals(
        Optional.of(Observation.of(MARCH_31.minusDays(10), "3")),
        t.latestOn(MARCH_31.minusDays(1)));
    assertEquals(Optional.empty(), t.latestOn(MARCH_31.minusDays(11)));
  }
}
