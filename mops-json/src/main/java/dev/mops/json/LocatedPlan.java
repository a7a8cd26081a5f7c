package dev.mops.json;

import static java.util.Objects.requireNonNull;

import dev.mops.check.Finding;
import dev.mops.model.Plan;
import java.util.Map;
import java.util.Optional;

/**
 * A plan read from a document together with where each of its elements stands in the document's
 * text: the position of the element's opening brace, by the element's RFC 6901 JSON pointer (such
 * as {@code /quickWins/3} or {@code /okrs/0/keyResults/1}), the pointer a {@link Finding#pointer()
 * finding} carries. It holds one entry per element of the plan.
 *
 * <pre>{@code
 * LocatedPlan read = MopsJson.standard().readWithPositions(Path.of("plan.json"));
 * for (Finding f : PlanChecker.defaults().check(read.plan()).findings()) {
 *   Optional<Position> at = f.pointer().flatMap(read::position);
 * }
 * }</pre>
 *
 * @since 0.2
 */
public final class LocatedPlan {
  private final Plan plan;
  private final Optional<String> source;
  private final Map<String, Position> positions;

  LocatedPlan(Plan plan, Optional<String> source, Map<String, Position> positions) {
    this.plan = plan;
    this.source = source;
    this.positions = Map.copyOf(positions);
  }

  /** The plan, exactly as {@link MopsJson#read(java.nio.file.Path)} reads it. */
  public Plan plan() {
    return plan;
  }

  /**
   * Where the element at {@code pointer} starts in the document: empty for a pointer that names no
   * element of the plan (the document root {@code ""} and properties included).
   *
   * @throws NullPointerException if {@code pointer} is null
   */
  public Optional<Position> position(String pointer) {
    return Optional.ofNullable(positions.get(requireNonNull(pointer, "pointer")));
  }

  /**
   * Where {@code finding} points in the document, as compilers write it: {@code plan.json:12:7} for
   * a plan read from a file (the file as it was given), {@code 12:7} for one read from text; empty
   * when the finding has no {@linkplain Finding#pointer() pointer} or its pointer names no element
   * of this document (a finding about the plan as a whole, or from another plan).
   *
   * @throws NullPointerException if {@code finding} is null
   */
  public Optional<String> location(Finding finding) {
    return requireNonNull(finding, "finding")
        .pointer()
        .flatMap(this::position)
        .map(p -> source.map(s -> s + ":" + p).orElse(p.toString()));
  }

  /** The number of elements whose position is known: every element of the plan. */
  public int size() {
    return positions.size();
  }

  /** Reads as {@code LocatedPlan{plan-id, N positions}}. */
  @Override
  public String toString() {
    return "LocatedPlan{" + plan.id() + ", " + positions.size() + " positions}";
  }
}
