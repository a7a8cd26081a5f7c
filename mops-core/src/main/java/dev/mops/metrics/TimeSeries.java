package dev.mops.metrics;

import static java.util.Objects.requireNonNull;

import dev.mops.core.internal.Format;
import dev.mops.model.Quarter;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * Values keyed by period ({@link YearMonth} or {@link Quarter}), in period order, with a name and
 * the zone that bucketed instants into months.
 *
 * <p>Months are calendar months in {@link #zone()} (UTC unless the calculator was given another
 * zone): an email event at {@code 2027-03-31T23:30-05:00} is in April in UTC and in March in {@code
 * America/Chicago}; see {@link #monthOf(Instant, ZoneId)}.
 *
 * <pre>{@code
 * TimeSeries<YearMonth, Ratio> churn = TimeSeries.of("email churn", Map.of(
 *     YearMonth.of(2027, 1), Ratio.of(10, 1_000),
 *     YearMonth.of(2027, 2), Ratio.of(30, 1_000)));
 * churn.sparkline();   // "▁█"
 * churn.toString();    // "email churn (UTC) ▁█\n2027-01  1% (10 of 1,000)\n2027-02  3% (30 of 1,000)"
 * }</pre>
 *
 * @param <P> the period type, {@link YearMonth} or {@link Quarter}
 * @param <V> the value type, usually {@link Ratio}
 * @since 0.1.0
 */
public final class TimeSeries<P extends Comparable<? super P>, V> {
  private static final char[] BARS = "▁▂▃▄▅▆▇█".toCharArray();
  private static final char GAP = '·';

  private final String name;
  private final ZoneId zone;
  private final NavigableMap<P, V> values;

  private TimeSeries(String name, ZoneId zone, NavigableMap<P, V> values) {
    this.name = name;
    this.zone = zone;
    this.values = values;
  }

  /**
   * Returns a series named {@code name} holding {@code values}, with months in UTC.
   *
   * @throws NullPointerException if an argument, a period or a value is null
   */
  public static <P extends Comparable<? super P>, V> TimeSeries<P, V> of(
      String name, Map<P, V> values) {
    return of(name, values, ZoneOffset.UTC);
  }

  /**
   * Returns a series named {@code name} holding {@code values}, whose months are calendar months in
   * {@code zone}.
   *
   * @throws NullPointerException if an argument, a period or a value is null
   */
  public static <P extends Comparable<? super P>, V> TimeSeries<P, V> of(
      String name, Map<P, V> values, ZoneId zone) {
    requireNonNull(name, "name");
    requireNonNull(values, "values");
    requireNonNull(zone, "zone");
    TreeMap<P, V> copy = new TreeMap<>();
    values.forEach((p, v) -> copy.put(requireNonNull(p, "period"), requireNonNull(v, "value")));
    return new TimeSeries<>(name, zone, Collections.unmodifiableNavigableMap(copy));
  }

  /**
   * The calendar month in {@code zone} of {@code instant}: {@code 2027-03-31T23:30-05:00} is {@code
   * 2027-04} in UTC and {@code 2027-03} in {@code America/Chicago}.
   *
   * @throws NullPointerException if an argument is null
   */
  public static YearMonth monthOf(Instant instant, ZoneId zone) {
    requireNonNull(instant, "instant");
    requireNonNull(zone, "zone");
    return YearMonth.from(instant.atZone(zone));
  }

  /** What the values are, e.g. {@code "email churn"}; may be empty. */
  public String name() {
    return name;
  }

  /** The zone whose calendar months bucket instants; UTC by default. */
  public ZoneId zone() {
    return zone;
  }

  /** The value of {@code period}, if the series has one. */
  public Optional<V> get(P period) {
    return Optional.ofNullable(values.get(requireNonNull(period, "period")));
  }

  /** The periods in order. */
  public List<P> periods() {
    return List.copyOf(values.keySet());
  }

  /** The values in period order. */
  public List<V> values() {
    return List.copyOf(values.values());
  }

  /** The series as an unmodifiable map in period order. */
  public NavigableMap<P, V> asMap() {
    return values;
  }

  /** The number of periods. */
  public int size() {
    return values.size();
  }

  /** Whether the series has no periods. */
  public boolean isEmpty() {
    return values.isEmpty();
  }

  /** The first period, if any. */
  public Optional<P> first() {
    return values.isEmpty() ? Optional.empty() : Optional.of(values.firstKey());
  }

  /** The last period, if any. */
  public Optional<P> last() {
    return values.isEmpty() ? Optional.empty() : Optional.of(values.lastKey());
  }

  /**
   * A series with the same periods, name and zone and each value transformed by {@code f}.
   *
   * @throws NullPointerException if {@code f} is null or returns null
   */
  public <W> TimeSeries<P, W> map(Function<? super V, ? extends W> f) {
    requireNonNull(f, "f");
    TreeMap<P, W> out = new TreeMap<>();
    values.forEach((p, v) -> out.put(p, requireNonNull(f.apply(v), "f result")));
    return new TimeSeries<>(name, zone, Collections.unmodifiableNavigableMap(out));
  }

  /**
   * A Unicode sparkline of the values ({@code ▁▂▃▄▅▆▇█}, lowest to highest value of the series),
   * one character per period from the first to the last. Undefined values, and months or quarters
   * missing between the first and the last period, show as {@code ·}; when every defined value is
   * the same, each shows as {@code ▄}.
   *
   * <p>Values must be {@link Measured} (a {@link Ratio}, an {@link Nps}, a {@link WorkShare}…) or
   * {@link Number}s.
   *
   * @throws IllegalStateException if a value is neither {@link Measured} nor a {@link Number}; use
   *     {@link #sparkline(Function)} for those
   */
  public String sparkline() {
    return sparkline(TimeSeries::measure);
  }

  /**
   * A Unicode sparkline of {@code measure} applied to each value; see {@link #sparkline()}.
   *
   * @throws NullPointerException if {@code measure} is null or returns null
   */
  public String sparkline(Function<? super V, OptionalDouble> measure) {
    requireNonNull(measure, "measure");
    List<OptionalDouble> points = new ArrayList<>();
    P previous = null;
    for (Map.Entry<P, V> e : values.entrySet()) {
      if (previous != null) {
        for (int i = gapBetween(previous, e.getKey()); i > 0; i--) {
          points.add(OptionalDouble.empty());
        }
      }
      OptionalDouble d = requireNonNull(measure.apply(e.getValue()), "measure result");
      points.add(d.isPresent() && Double.isFinite(d.getAsDouble()) ? d : OptionalDouble.empty());
      previous = e.getKey();
    }
    double min = Double.POSITIVE_INFINITY;
    double max = Double.NEGATIVE_INFINITY;
    for (OptionalDouble d : points) {
      if (d.isPresent()) {
        min = Math.min(min, d.getAsDouble());
        max = Math.max(max, d.getAsDouble());
      }
    }
    StringBuilder sb = new StringBuilder(points.size());
    for (OptionalDouble d : points) {
      if (d.isEmpty()) {
        sb.append(GAP);
      } else if (max == min) {
        sb.append(BARS[3]);
      } else {
        int level = (int) Math.round((d.getAsDouble() - min) / (max - min) * (BARS.length - 1));
        sb.append(BARS[Math.max(0, Math.min(BARS.length - 1, level))]);
      }
    }
    return sb.toString();
  }

  private static OptionalDouble measure(Object value) {
    if (value instanceof Measured m) {
      return m.value();
    }
    if (value instanceof Number n) {
      return OptionalDouble.of(n.doubleValue());
    }
    throw new IllegalStateException(
        "sparkline needs Measured or Number values, got "
            + value.getClass().getSimpleName()
            + "; use sparkline(measure)");
  }

  /** How many months or quarters lie strictly between two periods; 0 for other period types. */
  private static int gapBetween(Object a, Object b) {
    if (a instanceof YearMonth x && b instanceof YearMonth y) {
      long months = (y.getYear() - (long) x.getYear()) * 12 + y.getMonthValue() - x.getMonthValue();
      return (int) Math.max(0, Math.min(months - 1, 10_000));
    }
    if (a instanceof Quarter x && b instanceof Quarter y) {
      long quarters = (y.year() - (long) x.year()) * 4 + y.quarter() - x.quarter();
      return (int) Math.max(0, Math.min(quarters - 1, 10_000));
    }
    return 0;
  }

  /**
   * A compact rendering: a first line with the name, the zone and the sparkline (when the values
   * can be drawn), then one line per period with its value, e.g. {@code 2027-03 2.35% (235 of
   * 10,000)}.
   */
  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder();
    sb.append(name.isEmpty() ? "series" : name).append(" (").append(Format.zone(zone)).append(')');
    boolean drawable =
        values.values().stream().allMatch(v -> v instanceof Measured || v instanceof Number);
    if (drawable && !values.isEmpty()) {
      sb.append(' ').append(sparkline());
    }
    if (values.isEmpty()) {
      sb.append(": no periods");
    }
    values.forEach((p, v) -> sb.append('\n').append(p).append("  ").append(v));
    return sb.toString();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof TimeSeries<?, ?> t
        && name.equals(t.name)
        && zone.equals(t.zone)
        && values.equals(t.values);
  }

  @Override
  public int hashCode() {
    return (name.hashCode() * 31 + zone.hashCode()) * 31 + values.hashCode();
  }
}
