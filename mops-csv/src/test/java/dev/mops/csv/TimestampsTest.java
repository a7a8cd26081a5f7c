package dev.mops.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import dev.mops.testing.TestScale;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class TimestampsTest {

  private static long fast(String s) {
    return Timestamps.fastIso(s.toCharArray(), 0, s.length());
  }

  @Test
  void fastPathAgreesWithJavaTime() {
    // years 0001..9999, offsets -18:00..+18:00 in minutes, fractions of 0..9 digits
    qt().withExamples(TestScale.examples(1000))
        .forAll(
            longs().between(-62_135_596_800L + 86_400 * 2, 253_402_300_799L - 86_400 * 2),
            integers().between(-18 * 60, 18 * 60),
            integers().between(0, 9))
        .checkAssert(
            (second, offsetMinutes, digits) -> {
              ZoneOffset offset = ZoneOffset.ofTotalSeconds(offsetMinutes * 60);
              OffsetDateTime t = Instant.ofEpochSecond(second, 123_456_789).atOffset(offset);
              String text =
                  t.format(DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss", Locale.ROOT))
                      + (digits == 0 ? "" : "." + "123456789".substring(0, digits))
                      + (offset.getTotalSeconds() == 0 && digits % 2 == 0
                          ? "Z"
                          : offset.getId().replace("Z", "+00:00"));
              assertEquals(OffsetDateTime.parse(text).toEpochSecond(), fast(text), text);
            });
  }

  @Test
  void fastPathDeclinesWhatItDoesNotKnow() {
    for (String s :
        new String[] {
          "2027-13-01T00:00:00Z",
          "2027-02-29T00:00:00Z",
          "2027-03-01 00:00:00Z",
          "2027-03-01T24:00:00Z",
          "2027-03-01T00:00:00",
          "2027-03-01T00:00:00+0100",
          "2027-03-01T00:00:00.Z",
          "2027-03-01T00:00Z",
          "2027-03-01T00:00:00+19:00",
          "2027-03-01T00:00:00.1234567890Z",
          "+2027-03-01T00:00:00Z"
        }) {
      assertEquals(Long.MIN_VALUE, fast(s), s);
    }
    assertEquals(
        OffsetDateTime.parse("2028-02-29T12:00:00-05:30").toEpochSecond(),
        fast("2028-02-29T12:00:00-05:30"));
  }

  @Test
  void epochDayAgreesWithJavaTime() {
    qt().withExamples(TestScale.examples(1000))
        .forAll(longs().between(-3_000_000, 3_000_000))
        .checkAssert(
            day -> {
              java.time.LocalDate d = java.time.LocalDate.ofEpochDay(day);
              assertEquals(
                  (long) day,
                  Timestamps.epochDay(d.getYear(), d.getMonthValue(), d.getDayOfMonth()));
            });
  }
}
