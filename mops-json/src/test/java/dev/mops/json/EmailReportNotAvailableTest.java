package dev.mops.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mops.metrics.EmailEvent;
import dev.mops.metrics.EmailEventType;
import dev.mops.metrics.EmailMetrics;
import dev.mops.metrics.EmailRate;
import dev.mops.metrics.EmailReport;
import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A rate the source cannot give is {@code null} with the reason, never 0. */
class EmailReportNotAvailableTest {
  private static final EmailReport<YearMonth> SENT_ONLY =
      EmailMetrics.report(
          List.of(
              EmailEvent.of("a", EmailEventType.SENT, Instant.parse("2027-03-02T09:00:00Z")),
              EmailEvent.of("b", EmailEventType.SENT, Instant.parse("2027-03-02T09:00:00Z"))));

  @Test
  void anUnavailableRateIsNullWithItsReasonNotZero() {
    String plain = MopsJson.standard().writeEmailReportString(SENT_ONLY);
    assertTrue(plain.contains("\"deliveryRate\": 0,"), plain); // 0 of 2 sends delivered
    assertTrue(plain.contains("\"notAvailable\": []"), plain);
    String marked =
        MopsJson.standard()
            .writeEmailReportString(
                SENT_ONLY.withUnavailable(
                    Map.of(EmailRate.DELIVERY, "the sfmc export has no delivered events")));
    assertTrue(marked.contains("\"deliveryRate\": null,"), marked);
    assertTrue(
        marked.contains(
            "\"notAvailable\": [\n"
                + "    {\n"
                + "      \"rate\": \"deliveryRate\",\n"
                + "      \"reason\": \"the sfmc export has no delivered events\"\n"
                + "    }\n"
                + "  ]"),
        marked);
    assertEquals(
        plain.replace("\"deliveryRate\": 0,", "\"deliveryRate\": null,"),
        marked.substring(0, marked.indexOf("\"notAvailable\"")) + "\"notAvailable\": []\n}\n");
  }
}
