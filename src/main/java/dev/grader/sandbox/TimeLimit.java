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

  /** How long a tree is watched after the timeout to tell computing from waiting. */
  private static final long WINDOW_NANOS = Duration.ofMillis(250).toNanos();

  /** Computing means using at least this share of one core over the window. */
  private static final double BUSY_SHARE = 0.1;

  private final long startedNanos;
  private final Duration timeout;
  private final Supplier<Duration> treeCpu;
  private long sampledAt;
  private Duration sampledCpu;

  /**
   * @param treeCpu CPU time of the run's whole process tree so far, or a supplier of null where the
   *     platform cannot tell
   */
  TimeLimit(long startedNanos, Duration timeout, Supplier<Duration> treeCpu) {
    this.startedNanos = startedNanos;
    this.timeout = timeout;
    this.treeCpu = treeCpu;
  }

  /** Nanoseconds until the limit should be looked at again; zero or less once it is reached. */
  long remainingNanos() {
    long now = System.nanoTime();
    long elapsed = now - startedNanos;
    long wallLeft = timeout.toNanos() - elapsed;
    if (wallLeft > 0) {
      return wallLeft;
    }
    long backstopLeft = timeout.toNanos() * BACKSTOP_FACTOR - elapsed;
    Duration cpu = backstopLeft <= 0 ? null : treeCpu.get();
    if (cpu == null || cpu.compareTo(timeout) >= 0) {
      return 0;
    }
    if (sampledCpu == null) {
      sample(now, cpu);
      return Math.min(WINDOW_NANOS, backstopLeft);
    }
    long window = now - sampledAt;
    if (window < WINDOW_NANOS) {
      return Math.min(WINDOW_NANOS - window, backstopLeft);
    }
    boolean computing = cpu.minus(sampledCpu).toNanos() >= window * BUSY_SHARE;
    if (!computing) {
      return 0;
    }
    sample(now, cpu);
    return Math.min(WINDOW_NANOS, backstopLeft);
  }

  private void sample(long now, Duration cpu) {
    sampledAt = now;
    sampledCpu = cpu;
  }
}
