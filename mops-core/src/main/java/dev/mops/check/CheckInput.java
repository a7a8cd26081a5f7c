package dev.mops.check;

import static java.util.Objects.requireNonNull;

import dev.mops.model.Plan;
import dev.mops.model.Review;
import dev.mops.model.WorkItem;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * What a check looks at: the plan, optionally the date to judge it as of, and optionally work items
 * and held reviews kept outside the plan (a ticket-tracker export, a review log). Those are checked
 * together with the plan's own work items and reviews.
 *
 * <p>Rules that judge the plan as of a date (overdue reviews, stale documents, quick wins whose
 * month ended without an outcome) run only when an as-of date is given; mops never reads the clock.
 *
 * <pre>{@code
 * CheckInput input = CheckInput.of(plan)
 *     .asOf(LocalDate.of(2027, 3, 31))
 *     .withWorkItems(importedTickets);
 * }</pre>
 *
 * @since 0.1.0
 */
public final class CheckInput {
  private final Plan plan;
  private final Optional<LocalDate> asOf;
  private final List<WorkItem> workItems;
  private final List<Review> reviews;

  private CheckInput(
      Plan plan, Optional<LocalDate> asOf, List<WorkItem> workItems, List<Review> reviews) {
    this.plan = plan;
    this.asOf = asOf;
    this.workItems = List.copyOf(workItems);
    this.reviews = List.copyOf(reviews);
  }

  /** The input of {@code plan} alone, with no as-of date. */
  public static CheckInput of(Plan plan) {
    return new CheckInput(requireNonNull(plan, "plan"), Optional.empty(), List.of(), List.of());
  }

  /** This input judged as of {@code date} (the end of that day). */
  public CheckInput asOf(LocalDate date) {
    return new CheckInput(plan, Optional.of(requireNonNull(date, "date")), workItems, reviews);
  }

  /** This input with {@code items} added to the work items from outside the plan. */
  public CheckInput withWorkItems(Collection<WorkItem> items) {
    List<WorkItem> all = new ArrayList<>(workItems);
    all.addAll(requireNonNull(items, "items"));
    return new CheckInput(plan, asOf, all, reviews);
  }

  /** This input with {@code held} added to the reviews from outside the plan. */
  public CheckInput withReviews(Collection<Review> held) {
    List<Review> all = new ArrayList<>(reviews);
    all.addAll(requireNonNull(held, "held"));
    return new CheckInput(plan, asOf, workItems, all);
  }

  /** The plan. */
  public Plan plan() {
    return plan;
  }

  /** The date the plan is judged as of, if given. */
  public Optional<LocalDate> asOfDate() {
    return asOf;
  }

  /** The work items from outside the plan (the plan's own are not included here). */
  public List<WorkItem> workItems() {
    return workItems;
  }

  /** The held reviews from outside the plan (the plan's own are not included here). */
  public List<Review> reviews() {
    return reviews;
  }

  /** Reads as {@code CheckInput{plan=mops-2027, asOf=2027-03-31, workItems=0, reviews=0}}. */
  @Override
  public String toString() {
    return "CheckInput{plan="
        + plan.id()
        + ", asOf="
        + asOf.map(LocalDate::toString).orElse("none")
        + ", workItems="
        + workItems.size()
        + ", reviews="
        + reviews.size()
        + "}";
  }
}
