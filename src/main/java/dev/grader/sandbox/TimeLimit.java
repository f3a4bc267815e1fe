package dev.grader.sandbox;

import java.time.Duration;
import java.util.function.Supplier;

/**
 * When a run has had its time. At the rubric's timeout of wall-clock time, unless the CPU time of
 * its whole tree can be measured and shows a program still computing that has not yet had the
 * timeout in CPU time: it was slowed by its neighbours (other students' programs, a CI job) and may
 * run on until it has, up to a wall-clock backstop of {@value #BACKSTOP_FACTOR} times the timeout.
 * A program that sleeps, waits or deadlocks uses no CPU and is stopped right at the timeout.
 */
final class TimeLimit {
  static final int BACKSTOP_FACTOR = 3;

  private final long startedNanos;
  private final Duration timeout;
  private final TreeActivity activity;

  /**
   * @param treeCpu CPU time of the run's whole process tree so far, or a supplier of null where the
   *     platform cannot tell
   */
  TimeLimit(long startedNanos, Duration timeout, Supplier<Duration> treeCpu) {
    this.startedNanos = startedNanos;
    this.timeout = timeout;
    this.activity = new TreeActivity(treeCpu);
  }

  /** Nanoseconds until the limit should be looked at again; zero or less once it is reached. */
  long remainingNanos() {
    long now = System.nanoTime();
    long elapsed = now - startedNanos;
    long wallLeft = timeout.toNanos() - elapsed;
    if (wallLeft > TreeActivity.WINDOW_NANOS) {
      return wallLeft - TreeActivity.WINDOW_NANOS;
    }
    if (wallLeft > 0) {
      // The window that tells computing from waiting at the timeout ends at the timeout, so that a
      // program only waiting is stopped right then, not a window later.
      activity.look(now);
      return wallLeft;
    }
    long backstopLeft = timeout.toNanos() * BACKSTOP_FACTOR - elapsed;
    Duration cpu = backstopLeft <= 0 ? null : activity.cpu();
    if (cpu == null || cpu.compareTo(timeout) >= 0) {
      return 0;
    }
    return switch (activity.look(now)) {
      case UNKNOWN, WAITING -> 0;
      case WATCHING, COMPUTING -> Math.min(activity.windowLeft(now), backstopLeft);
    };
  }
}
