package dev.mops.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.mops.model.WorkItem;
import dev.mops.model.WorkKind;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * {@link WorkMixAccumulator#acceptSums}: items of the same month and flags given as sums made
 * elsewhere (mops-spark) give the same work mix as the items one by one.
 */
class WorkMixSumsTest {
  @Test
  void sumsOfGroupsGiveTheSameMixAsTheItems() {
    Random random = new Random(5);
    List<WorkItem> items = new ArrayList<>();
    for (int i = 0; i < 300; i++) {
      WorkItem.Builder b =
          WorkItem.builder()
              .id("w" + i)
              .createdOn(LocalDate.of(2027, 1 + random.nextInt(4), 1 + random.nextInt(28)))
              .kind(random.nextBoolean() ? WorkKind.AD_HOC : WorkKind.PLANNED)
              .urgent(random.nextBoolean())
              .visionAligned(random.nextBoolean());
      if (random.nextInt(4) > 0) {
        b.hours(BigDecimal.valueOf(random.nextInt(80), 1));
      }
      if (random.nextInt(3) > 0) {
        b.storyPoints(BigDecimal.valueOf(random.nextInt(13)));
      }
      items.add(b.build());
    }
    WorkMixAccumulator one = new WorkMixAccumulator();
    items.forEach(one);
    Map<String, List<WorkItem>> groups = new LinkedHashMap<>();
    for (WorkItem w : items) {
      groups
          .computeIfAbsent(
              YearMonth.from(w.createdOn()) + " " + w.urgent() + w.kind() + w.visionAligned(),
              k -> new ArrayList<>())
          .add(w);
    }
    WorkMixAccumulator sums = new WorkMixAccumulator();
    groups.values().forEach(g -> add(sums, g));
    assertEquals(one.result(), sums.result());
    assertEquals(one.result().toString(), sums.result().toString());
    for (WorkUnit u : WorkUnit.values()) {
      assertEquals(one.result().adHocShareByMonth(u), sums.result().adHocShareByMonth(u));
      assertEquals(one.result().visionFocus(u), sums.result().visionFocus(u));
    }
    assertNotEquals(new WorkMixAccumulator().result(), sums.result());
  }

  private static void add(WorkMixAccumulator acc, List<WorkItem> g) {
    WorkItem first = g.get(0);
    BigDecimal hours = BigDecimal.ZERO;
    BigDecimal points = BigDecimal.ZERO;
    long withHours = 0;
    long withPoints = 0;
    for (WorkItem w : g) {
      if (w.hours().isPresent()) {
        withHours++;
        hours = hours.add(w.hours().get());
      }
      if (w.storyPoints().isPresent()) {
        withPoints++;
        points = points.add(w.storyPoints().get());
      }
    }
    acc.acceptSums(
        YearMonth.from(first.createdOn()),
        first.urgent(),
        first.kind(),
        first.visionAligned(),
        g.size(),
        withHours,
        hours,
        withPoints,
        points);
  }

  @Test
  void badCountsAreRefusedAndShown() {
    WorkMixAccumulator acc = new WorkMixAccumulator();
    YearMonth m = YearMonth.of(2027, 3);
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                acc.acceptSums(
                    m, true, WorkKind.PLANNED, true, -1, 0, BigDecimal.ONE, 0, BigDecimal.ONE));
    assertEquals("counts must not be negative, got -1, 0, 0", e.getMessage());
    e =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                acc.acceptSums(
                    m, true, WorkKind.PLANNED, true, 2, 3, BigDecimal.ONE, 0, BigDecimal.ONE));
    assertEquals(
        "items with hours or points must not exceed the 2 items, got 3 and 0", e.getMessage());
    NullPointerException n =
        assertThrows(
            NullPointerException.class,
            () -> acc.acceptSums(m, true, null, true, 1, 0, BigDecimal.ONE, 0, BigDecimal.ONE));
    assertEquals("kind", n.getMessage());
    assertEquals(0, acc.result().items(), "nothing counted by a refused call");
  }
}
