package dev.mops.check.rules;

import static dev.mops.check.Wording.title;

import dev.mops.check.CheckContext;
import dev.mops.check.RuleDescriptor;
import dev.mops.check.Severity;
import dev.mops.model.Document;
import java.time.LocalDate;
import java.util.Optional;

/** {@code documentation-stale}: a listed document was never written or is overdue for review. */
final class DocumentationStale extends BaseRule {
  DocumentationStale() {
    super(
        RuleDescriptor.builder(
                "documentation-stale",
                Severity.WARNING,
                "as of a date, a listed document was never written or its last review is older than its schedule")
            .needsAsOf()
            .build());
  }

  @Override
  public void check(CheckContext ctx) {
    LocalDate asOf = ctx.asOf().orElseThrow();
    for (Document d : ctx.elements(Document.class)) {
      Optional<LocalDate> touched = d.lastTouchedOn(asOf);
      if (touched.isEmpty()) {
        ctx.report(
            d,
            title(d)
                + " on the documentation list has not been written as of "
                + asOf
                + "; documentation of systems and processes is exactly what keeps getting put on the back burner.",
            "Write it and record writtenOn, or plan it into a sprint.");
        continue;
      }
      LocalDate last = touched.get();
      if (!d.isCurrentOn(asOf)) {
        LocalDate due = last.plus(d.reviewEvery().get());
        ctx.report(
            d,
            title(d)
                + " was last written or reviewed on "
                + last
                + "; its schedule (every "
                + d.reviewEvery().get()
                + ") made a review due on "
                + due
                + ", so as of "
                + asOf
                + " it may be out of date.",
            "Review it and record lastReviewedOn.");
      }
    }
  }
}
