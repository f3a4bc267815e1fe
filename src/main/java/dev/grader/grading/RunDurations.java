package dev.grader.grading;

import dev.grader.schedule.Estimate;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

/**
 * How long runs of each kind took so far in this grading run, as the expected length of the next
 * one: a question's program ({@code "q5 program"}) or tests ({@code "q5 tests"}), whose waiting
 * runs the sandbox starts longest first, and all of a question's runs together from the end of its
 * compile ({@code "q5"}), whose waiting answers the compiler takes longest first.
 *
 * <p>A kind never seen yet goes before all others: its runs may be the longest, and starting one
 * tells. A run still going counts as at least as long as it has lasted: a program waiting out its
 * timeout shows that its kind can take long well before it ends, so the other runs of its kind (the
 * next student's may hang too) start before shorter ones rather than last, when a hang started last
 * would hold up the end of the class by the whole timeout.
 */
final class RunDurations {
  /** The estimate of a kind with no run finished or going. */
  static final Duration UNSEEN = ChronoUnit.FOREVER.getDuration();

  private final Map<String, Kind> byKind = new ConcurrentHashMap<>();
  private final LongSupplier nanoClock;

  RunDurations() {
    this(System::nanoTime);
  }

  RunDurations(LongSupplier nanoClock) {
    this.nanoClock = nanoClock;
  }

  /**
   * The mean wall time of the finished runs of {@code kind}, or how long the longest of those still
   * going has lasted when that is more; {@link #UNSEEN} before the first has started.
   */
  Duration expected(String kind) {
    Kind runs = byKind.get(kind);
    return runs == null ? UNSEEN : runs.expected(nanoClock.getAsLong());
  }

  void record(String kind, Duration wall) {
    kind(kind).add(wall);
  }

  /**
   * A run of {@code kind} about to wait for its turn: its estimate is {@link #expected(String)},
   * and from {@link Run#started()} until {@link Run#close()} it counts as going.
   */
  Run track(String kind) {
    return new Run(kind);
  }

  private Kind kind(String kind) {
    return byKind.computeIfAbsent(kind, k -> new Kind());
  }

  /** One run of a kind, as its estimate while it waits and as going once started. */
  final class Run implements Estimate, AutoCloseable {
    private final String kind;
    private volatile long startedNanos;

    private Run(String kind) {
      this.kind = kind;
    }

    @Override
    public Duration expected() {
      return RunDurations.this.expected(kind);
    }

    @Override
    public void started() {
      startedNanos = nanoClock.getAsLong();
      kind(kind).going(this);
    }

    /** No longer going, finished or not. */
    @Override
    public void close() {
      kind(kind).ended(this);
    }
  }

  private static final class Kind {
    private final Set<Run> going = new HashSet<>();
    private long count;
    private long totalNanos;

    synchronized void add(Duration wall) {
      count++;
      totalNanos += wall.toNanos();
    }

    synchronized void going(Run run) {
      going.add(run);
    }

    synchronized void ended(Run run) {
      going.remove(run);
    }

    synchronized Duration expected(long nowNanos) {
      if (count == 0 && going.isEmpty()) {
        return UNSEEN;
      }
      long longest = count == 0 ? 0 : totalNanos / count;
      for (Run run : going) {
        longest = Math.max(longest, nowNanos - run.startedNanos);
      }
      return Duration.ofNanos(longest);
    }
  }
}
