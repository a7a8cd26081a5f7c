package dev.mops.testing;

import static java.util.Objects.requireNonNull;

import java.util.concurrent.atomic.AtomicReference;

/**
 * Runs a task on a thread with a small stack, to show that code handling untrusted depth (deeply
 * nested extension values, long parent chains) does not recurse once per level: with {@value
 * #DEFAULT_BYTES} bytes of stack, a recursive walk overflows after a few thousand levels.
 *
 * <pre>{@code
 * SmallStack.run(() -> deepValue.hashCode());
 * }</pre>
 *
 * @since 0.1
 */
public final class SmallStack {
  /** The stack size {@link #run(Runnable)} gives its thread: 256 KiB. */
  public static final long DEFAULT_BYTES = 256 * 1024;

  private SmallStack() {}

  /**
   * Runs {@code task} on a new thread with a stack of {@value #DEFAULT_BYTES} bytes and waits for
   * it; what the task throws is thrown here.
   *
   * @throws NullPointerException if {@code task} is null
   */
  public static void run(Runnable task) {
    run(DEFAULT_BYTES, task);
  }

  /**
   * Runs {@code task} on a new thread with a stack of {@code stackBytes} bytes (a hint the JVM may
   * round) and waits for it. An unchecked exception or error of the task, a {@link
   * StackOverflowError} included, is thrown here as it is.
   *
   * @throws NullPointerException if {@code task} is null
   * @throws IllegalArgumentException if {@code stackBytes} is not positive
   * @throws IllegalStateException if the waiting thread is interrupted (its flag is set again)
   */
  public static void run(long stackBytes, Runnable task) {
    requireNonNull(task, "task");
    if (stackBytes <= 0) {
      throw new IllegalArgumentException("stackBytes must be positive, got " + stackBytes);
    }
    AtomicReference<Throwable> failure = new AtomicReference<>();
    Thread t =
        new Thread(
            null,
            () -> {
              try {
                task.run();
              } catch (Throwable e) {
                failure.set(e);
              }
            },
            "mops-small-stack",
            stackBytes);
    t.start();
    try {
      t.join();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while waiting for the small-stack task", e);
    }
    Throwable thrown = failure.get();
    if (thrown instanceof RuntimeException r) {
      throw r;
    }
    if (thrown instanceof Error err) {
      throw err;
    }
    if (thrown != null) {
      throw new IllegalStateException(thrown);
    }
  }
}
