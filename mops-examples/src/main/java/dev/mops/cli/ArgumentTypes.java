package dev.mops.cli;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import picocli.CommandLine;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * The converters of the command line's typed options, each failing with what was expected and an
 * example instead of the JDK's parser text: {@code '2027-13' is not a month: expected YYYY-MM, e.g.
 * 2027-03}. Registered once, for every command, by {@link Mops}.
 */
final class ArgumentTypes {
  private ArgumentTypes() {}

  /** Registers every converter on {@code cli} and, through it, on its subcommands. */
  static void register(CommandLine cli) {
    cli.registerConverter(LocalDate.class, day());
    cli.registerConverter(YearMonth.class, month());
    cli.registerConverter(ZoneId.class, zone());
  }

  static ITypeConverter<LocalDate> day() {
    return text -> {
      try {
        return LocalDate.parse(text);
      } catch (DateTimeException e) {
        throw refused(text, "a date", "YYYY-MM-DD, e.g. 2027-04-30");
      }
    };
  }

  static ITypeConverter<YearMonth> month() {
    return text -> {
      try {
        return YearMonth.parse(text);
      } catch (DateTimeException e) {
        throw refused(text, "a month", "YYYY-MM, e.g. 2027-03");
      }
    };
  }

  static ITypeConverter<ZoneId> zone() {
    return text -> {
      try {
        return ZoneId.of(text);
      } catch (DateTimeException e) {
        throw refused(
            text,
            "a time zone",
            "a region id such as Europe/Berlin or America/Chicago, or UTC, or an offset such as +02:00");
      }
    };
  }

  private static TypeConversionException refused(String text, String what, String expected) {
    return new TypeConversionException("'" + text + "' is not " + what + ": expected " + expected);
  }
}
