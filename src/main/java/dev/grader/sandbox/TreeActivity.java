package dev.grader.sandbox;

import java.time.Duration;
import java.util.function.Supplier;

/**
 * Whether a run's process tree is computing or only waiting (sleeping, blocked on a child or on
 * input, deadlocked), judged by the CPU time the whole tree used over a short window.
 */
final class TreeActivity {
  /** How long a tree is watched to tell computing from waiting. */
  static final long WINDOW_NANOS = Duration.ofMillis(250).toNanos();

  /** Computing means using at least this share of one core over the window. */
  private static final double BUSY_SHARE = 0.1;

  private final Supplier<Duration> treeCpu;
  private long sampledAt;
  private Duration sampledCpu;

  /**
   * @param treeCpu CPU time of the run's whole process tree so far, or a supplier of null where the
   *     platform cannot tell
   */
  TreeActivity(Supplier<Duration> treeCpu) {
    this.treeCpu = treeCpu;
  }

  /** What a look at the tree found. */
  enum State {
    /** The platform cannot measure the tree's CPU time. */
    UNKNOWN,
    /** The current window has not ended yet. */
    WATCHING,
    COMPUTING,
    WAITING
  }

  /** Ends the current window if it is over, judging it; the next window starts then. */
  State look(long now) {
    long window = now - sampledAt;
    if (sampledCpu != null && window < WINDOW_NANOS) {
      return State.WATCHING;
    }
    Duration cpu = treeCpu.get();
    if (cpu == null) {
      return State.UNKNOWN;
    }
    if (sampledCpu == null) {
      sample(now, cpu);
      return State.WATCHING;
    }
    boolean computing = cpu.minus(sampledCpu).toNanos() >= window * BUSY_SHARE;
    sample(now, cpu);
    return computing ? State.COMPUTING : State.WAITING;
  }

  /** CPU time the tree used so far, or null where the platform cannot tell. */
  Duration cpu() {
    return treeCpu.get();
  }

  /** Nanoseconds left in the current window, for a caller that wants to look again then. */
  long windowLeft(long now) {
    return sampledCpu == null ? WINDOW_NANOS : Math.max(1, WINDOW_NANOS - (now - sampledAt));
  }

  private void sample(long now, Duration cpu) {
    sampledAt = now;
    sampledCpu = cpu;
  }
}
