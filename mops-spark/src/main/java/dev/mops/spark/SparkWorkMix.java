package dev.mops.spark;

import static java.util.Objects.requireNonNull;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.lit;

import dev.mops.csv.ColumnMapping;
import dev.mops.metrics.WorkMix;
import dev.mops.metrics.WorkMixAccumulator;
import dev.mops.model.WorkKind;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.expressions.UserDefinedFunction;
import org.apache.spark.sql.functions;

/**
 * The work mix of mops (urgent, ad-hoc and vision-aligned shares by tickets, hours and story
 * points, DESIGN §5) computed by Apache Spark from a {@code Dataset<Row>} of work items, exactly
 * equal to what {@link WorkMixAccumulator} computes from the same items in one JVM.
 *
 * <p>The items' columns are found and read by mops-csv's {@code WorkItemsCsv} under a {@link
 * ColumnMapping} (a preset such as {@link ColumnMapping#jira()} applies to a DataFrame as to a
 * file); an item counts in the month of its creation day; a blank hours or points value is absent
 * and left out of that unit's shares, and counted as left out. A bad row fails the Spark job with
 * an {@link IllegalArgumentException} naming the problem.
 *
 * <p>Spark sums per month and per combination of flags (urgent, kind, vision-aligned), exactly
 * (decimal text, not Spark's 38-digit decimals); only those sums, at most eight rows a month, reach
 * the driver.
 *
 * <pre>{@code
 * WorkMix mix = SparkWorkMix.of(ColumnMapping.jira()).mix(spark.read().option("header", true).csv(path));
 * mix.adHocShareByMonth(WorkUnit.HOURS);
 * }</pre>
 *
 * <p>Immutable; holds no Spark state.
 *
 * @since 0.2
 */
public final class SparkWorkMix {
  private final ColumnMapping mapping;

  private SparkWorkMix(ColumnMapping mapping) {
    this.mapping = mapping;
  }

  /** Items in the standard layout ({@code id,created_at,kind,urgent,hours,story_points,…}). */
  public static SparkWorkMix of() {
    return of(ColumnMapping.standard());
  }

  /**
   * Items read with {@code mapping}.
   *
   * @throws NullPointerException if {@code mapping} is null
   */
  public static SparkWorkMix of(ColumnMapping mapping) {
    return new SparkWorkMix(requireNonNull(mapping, "mapping"));
  }

  /**
   * The sums of each month and combination of flags, as a lazy Spark dataset: {@code month} ({@code
   * 2027-03}), {@code urgent}, {@code kind} ({@code PLANNED} or {@code AD_HOC}), {@code
   * vision_aligned}, then {@code items}, {@code items_with_hours}, {@code hours} (exact decimal
   * text), {@code items_with_points} and {@code story_points}, in no particular order.
   *
   * @throws IllegalArgumentException if {@code items} lacks a column the mapping requires (at
   *     once), or when the dataset is computed, for a bad row
   * @throws NullPointerException if {@code items} is null
   */
  public Dataset<Row> sumsByMonth(Dataset<Row> items) {
    requireNonNull(items, "items");
    MappingRecipe recipe = new MappingRecipe(mapping, MappingRecipe.WORK_COLUMNS);
    List<String> names = new ArrayList<>();
    Dataset<Row> read = CsvRows.readable(items, recipe, names);
    WorkRows rows = new WorkRows(recipe, names);
    try {
      rows.checkHeader();
    } catch (RuntimeException e) {
      throw new IllegalArgumentException(
          "work items do not fit the " + mapping.name() + " mapping: " + e.getMessage(), e);
    }
    UserDefinedFunction sum = functions.udaf(new ExactSum(), Encoders.STRING());
    return read.mapPartitions(rows, Encoders.row(WorkRows.SCHEMA))
        .groupBy(col("month"), col("urgent"), col("kind"), col("vision_aligned"))
        .agg(
            count(lit(1)).as("items"),
            count(col("hours")).as("items_with_hours"),
            sum.apply(col("hours")).as("hours"),
            count(col("story_points")).as("items_with_points"),
            sum.apply(col("story_points")).as("story_points"));
  }

  /**
   * The work mix of {@code items}: equal to {@link WorkMixAccumulator#result()} of an accumulator
   * fed the same items.
   *
   * @throws IllegalArgumentException if {@code items} lacks a required column, or for a bad row
   * @throws NullPointerException if {@code items} is null
   */
  public WorkMix mix(Dataset<Row> items) {
    WorkMixAccumulator acc = new WorkMixAccumulator();
    for (Row r : sumsByMonth(items).collectAsList()) {
      acc.acceptSums(
          YearMonth.parse(r.getString(0)),
          r.getBoolean(1),
          WorkKind.valueOf(r.getString(2)),
          r.getBoolean(3),
          r.getLong(4),
          r.getLong(5),
          new BigDecimal(r.getString(6)),
          r.getLong(7),
          new BigDecimal(r.getString(8)));
    }
    return acc.result();
  }

  /** Reads as {@code work mix on Spark (standard mapping)}. */
  @Override
  public String toString() {
    return "work mix on Spark (" + mapping.name() + " mapping)";
  }
}
