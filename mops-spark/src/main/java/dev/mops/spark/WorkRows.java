package dev.mops.spark;

import dev.mops.csv.ColumnMapping;
import dev.mops.csv.CsvReader;
import dev.mops.csv.WorkItemsCsv;
import dev.mops.model.WorkItem;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * Work items read by {@link WorkItemsCsv}, one row per item ({@code month, urgent, kind,
 * vision_aligned, hours, story_points}), the month of its creation day as the core counts it; hours
 * and points as exact decimal text, null when absent.
 */
final class WorkRows extends CsvRows<WorkItem> {
  private static final long serialVersionUID = 1L;

  static final StructType SCHEMA =
      new StructType()
          .add("month", DataTypes.StringType, false)
          .add("urgent", DataTypes.BooleanType, false)
          .add("kind", DataTypes.StringType, false)
          .add("vision_aligned", DataTypes.BooleanType, false)
          .add("hours", DataTypes.StringType, true)
          .add("story_points", DataTypes.StringType, true);

  WorkRows(MappingRecipe recipe, List<String> columns) {
    super(recipe, columns);
  }

  @Override
  CsvReader<WorkItem> reader(ColumnMapping mapping) {
    return WorkItemsCsv.builder().mapping(mapping).build();
  }

  @Override
  Row row(WorkItem w) {
    return RowFactory.create(
        YearMonth.from(w.createdOn()).toString(),
        w.urgent(),
        w.kind().name(),
        w.visionAligned(),
        w.hours().map(BigDecimal::toPlainString).orElse(null),
        w.storyPoints().map(BigDecimal::toPlainString).orElse(null));
  }

  @Override
  String what() {
    return "work item";
  }
}
