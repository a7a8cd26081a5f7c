package dev.mops.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.google.common.testing.NullPointerTester;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** The one convention numbers are written in: amounts, shares, rates, undefined ratios. */
class FiguresTest {
  private static BigDecimal d(String s) {
    return new BigDecimal(s);
  }

  @Test
  void javadocExamples() {
    assertEquals("75%", Figures.percent(Ratio.of(3, 4)));
    assertEquals("84.38%", Figures.percent(Ratio.of(27, 32)));
    assertEquals("0.033%", Figures.percent(Ratio.of(330, 1_000_000)));
    assertEquals("undefined", Figures.percent(Ratio.of(0, 0)));
    assertEquals("90%", Figures.percent(d("0.90")));
    assertEquals("1.5", Figures.rate(Ratio.of(3, 2)));
    assertEquals("2.35% (235 of 10,000)", Figures.ratio(Ratio.of(235, 10_000)));
    assertEquals("10,400.5", Figures.amount(d("10400.50")));
    assertEquals("21,000,000 USD", Figures.amount(d("21000000"), "USD"));
    assertEquals("12,000 items", Figures.count(12_000, "item", "items"));
  }

  @Test
  void amountsGroupEveryThreeDigitsAndKeepEveryDigitOfTheFraction() {
    assertEquals("0", Figures.amount(d("0")));
    assertEquals("0", Figures.amount(d("-0.000")), "no negative zero");
    assertEquals("0", Figures.amount(d("0E+3")));
    assertEquals("7", Figures.amount(d("7")));
    assertEquals("12", Figures.amount(d("12")));
    assertEquals("123", Figures.amount(d("123")));
    assertEquals("1,234", Figures.amount(d("1234")));
    assertEquals("12,345", Figures.amount(d("12345")));
    assertEquals("123,456", Figures.amount(d("123456")));
    assertEquals("1,234,567", Figures.amount(d("1234567")));
    assertEquals("-1,234,567.891", Figures.amount(d("-1234567.8910")));
    assertEquals("1,000", Figures.amount(d("1E+3")), "never an exponent");
    assertEquals("0.0001", Figures.amount(d("0.00010")), "exact: no rounding");
    assertEquals("-0.5", Figures.amount(d("-0.50")));
    assertEquals("12.5", Figures.amount(d("12.50")));
    assertEquals(
        "9,223,372,036,854,775,808", Figures.amount(d("9223372036854775808")), "beyond long");
  }

  @Test
  void amountsWithUnits() {
    assertEquals("30 hours", Figures.amount(d("30.0"), "hours"));
    assertEquals("12%", Figures.amount(d("12"), "%"));
    assertEquals("30% of hours", Figures.amount(d("30"), "% of hours"));
    assertEquals("1,500 story points", Figures.amount(d("1500"), "story points"));
  }

  @Test
  void counts() {
    assertEquals("0", Figures.count(0));
    assertEquals("-12,000", Figures.count(-12_000));
    assertEquals("9,223,372,036,854,775,807", Figures.count(Long.MAX_VALUE));
    assertEquals("-9,223,372,036,854,775,808", Figures.count(Long.MIN_VALUE));
    assertEquals("1 item", Figures.count(1, "item", "items"));
    assertEquals("0 items", Figures.count(0, "item", "items"), "zero takes the plural");
    assertEquals("2 items", Figures.count(2, "item", "items"));
    assertEquals("-1 items", Figures.count(-1, "item", "items"));
    assertEquals("1,000 contacts", Figures.count(1000, "contact", "contacts"));
  }

  @Test
  void sharesHaveTwoDecimalsWithoutTrailingZeros() {
    assertEquals("0%", Figures.percent(Ratio.of(0, 5)));
    assertEquals("100%", Figures.percent(Ratio.of(4, 4)));
    assertEquals("33.33%", Figures.percent(Ratio.of(1, 3)));
    assertEquals("66.67%", Figures.percent(Ratio.of(2, 3)));
    assertEquals("50%", Figures.percent(Ratio.of(1, 2)), "not 50.00%");
    assertEquals("12.5%", Figures.percent(Ratio.of(1, 8)), "not 12.50%");
    assertEquals("-25%", Figures.percent(Ratio.of(-1, 4)));
    assertEquals("-25%", Figures.percent(Ratio.of(1, -4)), "a negative denominator is normalised");
    assertEquals("1,250%", Figures.percent(Ratio.of(25, 2)), "grouped like an amount");
    assertEquals(
        "31.25%", Figures.percent(Ratio.of(d("12.5"), d("40"))), "fractional inputs are exact");
  }

  @Test
  void sharesRoundHalfEven() {
    // 0.125% and 0.135% are exact ties at two decimals
    assertEquals("0.12%", Figures.percent(Ratio.of(125, 100_000)));
    assertEquals("0.14%", Figures.percent(Ratio.of(135, 100_000)));
    // 12.345% and 12.355% likewise
    assertEquals("12.34%", Figures.percent(Ratio.of(12_345, 100_000)));
    assertEquals("12.36%", Figures.percent(Ratio.of(12_355, 100_000)));
    // a tie at three decimals, reached for a small share
    assertEquals("0.012%", Figures.percent(Ratio.of(125, 1_000_000)));
    assertEquals("0.014%", Figures.percent(Ratio.of(135, 1_000_000)));
  }

  @Test
  void smallSharesShowTwoSignificantDigits() {
    assertEquals("0.1%", Figures.percent(Ratio.of(1, 1000)), "0.10 has two digits already");
    assertEquals(
        "0.09%", Figures.percent(Ratio.of(9, 10_000)), "0.09 needs a third decimal: 0.090");
    assertEquals(
        "0.1%", Figures.percent(Ratio.of(99, 100_000)), "0.099 rounds to 0.10: two digits");
    assertEquals("0.094%", Figures.percent(Ratio.of(94, 100_000)), "0.094 rounds to 0.09: one");
    assertEquals("0.033%", Figures.percent(Ratio.of(33, 100_000)));
    assertEquals("0.0033%", Figures.percent(Ratio.of(33, 1_000_000)));
    assertEquals("-0.033%", Figures.percent(Ratio.of(-33, 100_000)), "by magnitude");
    assertEquals("0.99%", Figures.percent(Ratio.of(99, 10_000)), "two decimals suffice below 1%");
    assertEquals("1.01%", Figures.percent(Ratio.of(101, 10_000)));
  }

  @Test
  void smallSharesStopAtTwelveDecimals() {
    assertEquals(12, Figures.MAX_DECIMALS);
    // 1e-11 % reaches two significant digits (0.000000000010) at the twelfth decimal
    assertEquals("0.00000000001%", Figures.percent(Ratio.of(1, 10_000_000_000_000L)));
    // 1e-12 % has one significant digit at the twelfth decimal and stops there
    assertEquals("0.000000000001%", Figures.percent(Ratio.of(1, 100_000_000_000_000L)));
    // 1e-13 % rounds to 0 at twelve decimals
    assertEquals("0%", Figures.percent(Ratio.of(1, 1_000_000_000_000_000L)));
  }

  @Test
  void fractionsAsShares() {
    assertEquals("90%", Figures.percent(d("0.9")));
    assertEquals("12.5%", Figures.percent(d("0.125")));
    assertEquals("100%", Figures.percent(BigDecimal.ONE));
    assertEquals("0%", Figures.percent(BigDecimal.ZERO));
    assertEquals("0.033%", Figures.percent(d("0.00033")));
    assertEquals("12.34%", Figures.percent(d("0.12345")), "rounded half-even like a share");
    assertEquals(
        Figures.percent(Ratio.of(27, 32)),
        Figures.percent(d("0.84375")),
        "a fraction and the ratio of the same value read the same");
  }

  @Test
  void rates() {
    assertEquals("0.7", Figures.rate(Ratio.of(7, 10)));
    assertEquals("0.67", Figures.rate(Ratio.of(2, 3)));
    assertEquals("0.33", Figures.rate(Ratio.of(1, 3)));
    assertEquals("0", Figures.rate(Ratio.of(0, 3)));
    assertEquals("1,500", Figures.rate(Ratio.of(3000, 2)));
    assertEquals("0.00033", Figures.rate(Ratio.of(1, 3000)));
    assertEquals("undefined", Figures.rate(Ratio.of(5, 0)));
    assertEquals(Figures.UNDEFINED, Figures.rate(Ratio.of(0, 0)));
  }

  @Test
  void ratiosWithTheirInputs() {
    assertEquals("undefined (0 of 0)", Figures.ratio(Ratio.of(0, 0)));
    assertEquals("undefined (3 of 0)", Figures.ratio(Ratio.of(3, 0)));
    assertEquals("0.033% (330 of 1,000,000)", Figures.ratio(Ratio.of(330, 1_000_000)));
    assertEquals("12.5 of 40", Figures.inputs(Ratio.of(d("12.50"), d("40"))));
    assertEquals(Figures.ratio(Ratio.of(27, 32)), Ratio.of(27, 32).toString());
  }

  @Test
  void nullsAreRefusedWithTheParameterNamed() {
    new NullPointerTester().testAllPublicStaticMethods(Figures.class);
    assertEquals(
        "ratio",
        assertThrows(NullPointerException.class, () -> Figures.percent((Ratio) null)).getMessage());
    assertEquals(
        "fraction",
        assertThrows(NullPointerException.class, () -> Figures.percent((BigDecimal) null))
            .getMessage());
    assertEquals(
        "unit",
        assertThrows(NullPointerException.class, () -> Figures.amount(BigDecimal.ONE, null))
            .getMessage());
    assertEquals(
        "plural",
        assertThrows(NullPointerException.class, () -> Figures.count(2, "item", null))
            .getMessage());
  }
}
