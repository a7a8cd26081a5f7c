package dev.mops.spark;

import java.math.BigDecimal;
import org.apache.spark.sql.Encoder;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.expressions.Aggregator;
import org.jspecify.annotations.Nullable;

/**
 * The exact sum of decimal text, as decimal text: Spark's own decimal sum keeps at most 38 digits,
 * the core's {@link BigDecimal} sums any. Null inputs (absent amounts) add nothing.
 */
final class ExactSum extends Aggregator<String, String, String> {
  private static final long serialVersionUID = 1L;

  @Override
  public String zero() {
    return "0";
  }

  @Override
  public String reduce(String sum, @Nullable String amount) {
    return amount == null ? sum : new BigDecimal(sum).add(new BigDecimal(amount)).toPlainString();
  }

  @Override
  public String merge(String a, String b) {
    return new BigDecimal(a).add(new BigDecimal(b)).toPlainString();
  }

  @Override
  public String finish(String sum) {
    return sum;
  }

  @Override
  public Encoder<String> bufferEncoder() {
    return Encoders.STRING();
  }

  @Override
  public Encoder<String> outputEncoder() {
    return Encoders.STRING();
  }
}
