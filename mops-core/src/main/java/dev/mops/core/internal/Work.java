package dev.mops.core.internal;

import java.util.Objects;

/**
 * A counter of the work the model and the checker do on the current thread: element visits,
 * look-ups, navigation results, review windows and the like, one unit each. Counting happens only
 * inside {@link #count(Runnable)}, so normal use pays one thread-local read per unit. Tests use it
 * to show that the work of a check grows with the document, not with the dates or links it names;
 * it is not API.
 */
public final class Work {
  private static final ThreadLocal<long[]> COUNTER = new ThreadLocal<>();

  private Work() {}

  /** Adds {@code units} to the open count of this thread, if any. */
  public static void add(long units) {
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
    try {
      task.run();
    } finally {
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
