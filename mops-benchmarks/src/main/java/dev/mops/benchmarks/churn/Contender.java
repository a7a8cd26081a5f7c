package dev.mops.benchmarks.churn;

import static java.util.Objects.requireNonNull;

import dev.mops.csv.EmailExports;
import dev.mops.csv.EmailPreset;
import dev.mops.metrics.Ratio;
import dev.mops.metrics.TimeSeries;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The three ways of computing monthly email churn (UTC months) from an export in the standard
 * layout ({@code contact_id,event,occurred_at}) that the churn benchmark compares. Each returns the
 * same map for the same file: month to {@link MonthChurn}, leaving out months with neither a send
 * nor an unsubscribe.
 *
 * @since 0.2
 */
public enum Contender {
  /**
   * mops: {@code EmailExports.builder(EmailPreset.STANDARD)} reads the file into a monthly report
   * (all cores, the builder's default), and the report's churn gives the counts.
   */
  MOPS {
    @Override
    SortedMap<YearMonth, MonthChurn> compute(Path file) {
      TimeSeries<YearMonth, Ratio> churn =
          EmailExports.builder(EmailPreset.STANDARD)
              .build()
              .read(List.of(file), ZoneOffset.UTC)
              .report()
              .churn();
      SortedMap<YearMonth, MonthChurn> months = new TreeMap<>();
      churn
          .asMap()
          .forEach(
              (month, ratio) -> {
                MonthChurn c =
                    new MonthChurn(
                        ratio.numerator().longValueExact(), ratio.denominator().longValueExact());
                if (c.unsubscribers() > 0 || c.recipients() > 0) {
                  months.put(month, c);
                }
              });
      return months;
    }
  },

  /**
   * DuckDB in-process over JDBC, two threads: {@code read_csv} with explicit column types, then
   * {@code COUNT(DISTINCT contact_id)} of sends and of unsubscribes per UTC month.
   */
  DUCKDB {
    @Override
    SortedMap<YearMonth, MonthChurn> compute(Path file) {
      String sql =
          "WITH e AS (SELECT contact_id, event,"
              + " date_trunc('month', occurred_at AT TIME ZONE 'UTC') AS m"
              + " FROM read_csv('"
              + file.toAbsolutePath().toString().replace("'", "''")
              + "', header = true, delim = ',', quote = '\"',"
              + " columns = {'contact_id': 'VARCHAR', 'event': 'VARCHAR',"
              + " 'occurred_at': 'TIMESTAMPTZ'})"
              + " WHERE event IN ('sent', 'unsubscribe'))"
              + " SELECT strftime(m, '%Y-%m') AS month,"
              + " COUNT(DISTINCT contact_id) FILTER (WHERE event = 'unsubscribe') AS unsubscribers,"
              + " COUNT(DISTINCT contact_id) FILTER (WHERE event = 'sent') AS recipients"
              + " FROM e GROUP BY m ORDER BY m";
      SortedMap<YearMonth, MonthChurn> months = new TreeMap<>();
      try (Connection c = DriverManager.getConnection("jdbc:duckdb:");
          Statement s = c.createStatement()) {
        s.execute("SET threads = 2");
        s.execute("SET TimeZone = 'UTC'");
        try (ResultSet r = s.executeQuery(sql)) {
          while (r.next()) {
            months.put(YearMonth.parse(r.getString(1)), new MonthChurn(r.getLong(2), r.getLong(3)));
          }
        }
      } catch (SQLException e) {
        throw new IllegalStateException("duckdb failed on " + file + ": " + e.getMessage(), e);
      }
      return months;
    }
  },

  /**
   * What an analyst writes by hand: {@code BufferedReader}, {@code String.split}, {@code
   * OffsetDateTime.parse} of the sends and unsubscribes only, and a {@code HashMap<YearMonth,
   * HashSet<String>>} each for senders and unsubscribers.
   */
  ANALYST {
    // the baseline is the program an analyst writes: String.split is what it would call
    @SuppressWarnings("StringSplitter")
    @Override
    SortedMap<YearMonth, MonthChurn> compute(Path file) {
      Map<YearMonth, Set<String>> sent = new HashMap<>();
      Map<YearMonth, Set<String>> unsubscribed = new HashMap<>();
      try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
        in.readLine(); // the header
        for (String line = in.readLine(); line != null; line = in.readLine()) {
          String[] f = line.split(",");
          Map<YearMonth, Set<String>> target;
          if (f[1].equals("sent")) {
            target = sent;
          } else if (f[1].equals("unsubscribe")) {
            target = unsubscribed;
          } else {
            continue;
          }
          YearMonth month =
              YearMonth.from(OffsetDateTime.parse(f[2]).withOffsetSameInstant(ZoneOffset.UTC));
          target.computeIfAbsent(month, m -> new HashSet<>()).add(f[0]);
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      SortedMap<YearMonth, MonthChurn> months = new TreeMap<>();
      Set<YearMonth> all = new HashSet<>(sent.keySet());
      all.addAll(unsubscribed.keySet());
      for (YearMonth m : all) {
        months.put(
            m,
            new MonthChurn(
                unsubscribed.getOrDefault(m, Set.of()).size(),
                sent.getOrDefault(m, Set.of()).size()));
      }
      return months;
    }
  };

  /**
   * Computes the churn counts of {@code file}, month by month in UTC.
   *
   * @throws NullPointerException if {@code file} is null
   * @throws java.io.UncheckedIOException if the file cannot be read
   * @throws RuntimeException the contender's own failure on a bad file (mops's {@code
   *     CsvImportException}, DuckDB's error as {@link IllegalStateException})
   */
  public SortedMap<YearMonth, MonthChurn> churn(Path file) {
    return compute(requireNonNull(file, "file"));
  }

  abstract SortedMap<YearMonth, MonthChurn> compute(Path file);

  /** The contender's name on the command line and in the benchmark's parameter: {@code mops}. */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }

  /**
   * The contender of a label ({@code mops}, {@code duckdb}, {@code analyst}).
   *
   * @throws NullPointerException if {@code label} is null
   * @throws IllegalArgumentException for another label
   */
  public static Contender of(String label) {
    requireNonNull(label, "label");
    for (Contender c : values()) {
      if (c.label().equals(label)) {
        return c;
      }
    }
    throw new IllegalArgumentException(
        "unknown contender, expected mops, duckdb or analyst, got \"" + label + "\"");
  }

  /** One line per month, {@code 2027-03 1234 of 56789}, in month order. */
  static String table(SortedMap<YearMonth, MonthChurn> months) {
    StringBuilder s = new StringBuilder();
    months.forEach((m, c) -> s.append(c.line(m)).append('\n'));
    return s.toString();
  }
}
