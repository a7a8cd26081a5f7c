package dev.mops.spark;

import dev.mops.csv.ColumnMapping;
import dev.mops.csv.CsvReader;
import dev.mops.csv.EmailEventsCsv;
import dev.mops.metrics.BounceType;
import dev.mops.metrics.EmailEvent;
import dev.mops.metrics.TimeSeries;
import java.time.ZoneId;
import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * Email events read by {@link EmailEventsCsv}, one row per event ({@code contact, measure, month,
 * message}); the month is {@link TimeSeries#monthOf} in the caller's zone, the core's rule.
 */
final class EmailRows extends CsvRows<EmailEvent> {
  private static final long serialVersionUID = 1L;

  static final StructType SCHEMA =
      new StructType()
          .add("contact", DataTypes.StringType, false)
          .add("measure", DataTypes.StringType, false)
          .add("month", DataTypes.StringType, false)
          .add("message", DataTypes.StringType, true);

  private final ZoneId zone;

  EmailRows(MappingRecipe recipe, ZoneId zone, List<String> columns) {
    super(recipe, columns);
    this.zone = zone;
  }

  @Override
  CsvReader<EmailEvent> reader(ColumnMapping mapping) {
    return EmailEventsCsv.builder().mapping(mapping).build();
  }

  @Override
  Row row(EmailEvent e) {
    Measure m = Measure.of(e.type(), e.bounceType().orElse(BounceType.HARD));
    return RowFactory.create(
        e.contactId(),
        m.column,
        TimeSeries.monthOf(e.at(), zone).toString(),
        e.messageId().orElse(null));
  }

  @Override
  String what() {
    return "email event";
  }
}
