package dev.mops.check.rules;

import static dev.mops.check.Wording.title;

import dev.mops.check.CheckContext;
import dev.mops.check.RuleDescriptor;
import dev.mops.check.Severity;
import dev.mops.model.Document;
import java.time.LocalDate;
import java.util.Optional;

/**
 * {@code documentation-stale}: a listed document was never written or is overdue for review. A
 * document with a review but no written date exists: it is reported for the missing date (and for
 * an overdue review), never as unwritten.
 */
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
      Optional<LocalDate> reviewed = d.lastReviewedOn().filter(r -> !r.isAfter(asOf));
      if (touched.isEmpty() && d.writtenOn().isEmpty() && reviewed.isPresent()) {
        // reviewed, so it exists: what is missing is its written date, and maybe a review
        LocalDate last = reviewed.get();
        Optional<LocalDate> due = d.reviewEvery().map(last::plus).filter(day -> day.isBefore(asOf));
        ctx.report(
            d,
            title(d)
                + " was reviewed on "
                + last
                + " but has no written date"
                + due.map(
                        day ->
                            "; its schedule (every "
                                + d.reviewEvery().get()
                                + ") made a review due on "
                                + day
                                + ", so as of "
                                + asOf
                                + " it may be out of date.")
                    .orElse(", so its age cannot be told from the list."),
            due.isPresent()
                ? "Review it and record lastReviewedOn, and record writtenOn."
                : "Record writtenOn, the day it was first written.");
        continue;
      }
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
