package dev.grader.sandbox;

import java.lang.management.ManagementFactory;
import java.lang.management.OperatingSystemMXBean;
import java.time.Duration;
import java.util.function.Supplier;

/**
 * When a run has had its time. On an idle machine, the rubric's timeout of wall-clock time. On a
 * busy one (other students' programs, a CI neighbour) a program gets less of the CPU than it would
 * alone, so when the CPU time of its whole tree can be measured it may run on until it has used the
 * timeout in CPU time, up to a wall-clock backstop of {@value #BACKSTOP_FACTOR} times the timeout.
 * A program that sleeps or waits forever is still stopped at the timeout unless the machine is
 * overloaded.
 */
final class TimeLimit {
  static final int BACKSTOP_FACTOR = 3;

  private static final OperatingSystemMXBean SYSTEM = ManagementFactory.getOperatingSystemMXBean();

  private final long startedNanos;
  private final Duration timeout;
  private final Supplier<Duration> treeCpu;

  /**
   * @param treeCpu CPU time of the run's whole process tree so far, or a supplier of null where the
   *     platform cannot tell
   */
  TimeLimit(long startedNanos, Duration timeout, Supplier<Duration> treeCpu) {
    this.startedNanos = startedNanos;
    this.timeout = timeout;
    this.treeCpu = treeCpu;
  }

  /** Nanoseconds until the next moment the limit may be reached; zero or less when it is. */
  long remainingNanos() {
    long elapsed = System.nanoTime() - startedNanos;
    long wallLeft = timeout.toNanos() - elapsed;
    if (wallLeft > 0) {
      return wallLeft;
    }
    long backstopLeft = timeout.toNanos() * BACKSTOP_FACTOR - elapsed;
    if (backstopLeft <= 0 || !overloaded()) {
      return 0;
    }
    Duration cpu = treeCpu.get();
    if (cpu == null) {
      return 0;
    }
    long cpuLeft = timeout.toNanos() - cpu.toNanos();
    return cpuLeft <= 0 ? 0 : Math.min(cpuLeft, backstopLeft);
  }

  private static boolean overloaded() {
    double load = SYSTEM.getSystemLoadAverage();
    return load > SYSTEM.getAvailableProcessors();
  }
}
