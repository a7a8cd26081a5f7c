package dev.mops.core.internal;

import java.util.Objects;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A counter of the work the model and the checker do on the current thread: element visits,
 * look-ups, navigation results, review windows and the like, one unit each. Counting happens only
 * inside {@link #count(Runnable)}, so normal use pays one read of a shared field per unit. Tests
 * use it to show that the work of a check grows with the document, not with the dates or links it
 * names; it is not API.
 */
public final class Work {
  private static final ThreadLocal<long[]> COUNTER = new ThreadLocal<>();
  // how many counts are open on any thread: while none is, adding is one read of this field
  private static final AtomicInteger OPEN = new AtomicInteger();

  private Work() {}

  /** Adds {@code units} to the open count of this thread, if any. */
  public static void add(long units) {
    if (OPEN.get() == 0) {
      return;
    }
    long[] c = COUNTER.get();
    if (c != null) {
      c[0] += units;
    }
  }

  /**
   * Runs {@code task} and returns the units of work it added on this thread. Counts nest: an outer
   * count includes the inner one.
   *
   * @throws NullPointerException if {@code task} is null
   */
  public static long count(Runnable task) {
    Objects.requireNonNull(task, "task");
    long[] outer = COUNTER.get();
    long[] mine = new long[1];
    COUNTER.set(mine);
    OPEN.incrementAndGet();
    try {
      task.run();
    } finally {
      OPEN.decrementAndGet();
      if (outer == null) {
        COUNTER.remove();
      } else {
        outer[0] += mine[0];
        COUNTER.set(outer);
      }
    }
    return mine[0];
  }
}
