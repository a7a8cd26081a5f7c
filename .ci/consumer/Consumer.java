package org.example.consumer;

import dev.mops.check.PlanChecker;
import dev.mops.csv.EmailEventsCsv;
import dev.mops.json.MopsJson;
import dev.mops.metrics.EmailReport;
import dev.mops.model.Plan;
import java.nio.file.Path;
import java.time.YearMonth;

/**
 * A consumer of the mops libraries, as a user's project would be: reads a plan and an export named
 * on the command line and prints the findings' count and the months of the export.
 */
public final class Consumer {
  private Consumer() {}

  /**
   * Reads a plan and an email-event export.
   *
   * @param args the plan file and the export file
   */
  public static void main(String[] args) {
    Plan plan = MopsJson.standard().read(Path.of(args[0]));
    EmailReport<YearMonth> report = EmailEventsCsv.read(Path.of(args[1]));
    System.out.println(
        "plan " + plan.id() + ": " + PlanChecker.defaults().check(plan).findings().size() + " findings; "
            + report.churn().size() + " months of email events");
  }
}
