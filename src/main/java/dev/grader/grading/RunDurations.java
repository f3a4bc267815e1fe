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
 * How long runs of each kind, a question's program ({@code "q5 program"}) or its tests ({@code "q5
 * tests"}), are expected to take in this grading run, for the sandbox to start waiting runs longest
 * first.
 *
 * <p>The estimate is the mean wall time of the finished runs of the kind, or how long the longest
 * of those still going has lasted when that is more. A kind with no finished run counts as longest,
 * so that each kind is tried early. So once a student's program hangs, the programs of that
 * question for the other students (whose may hang too) start before shorter runs: a hang started
 * last would hold up the end of the class by its whole timeout.
 */
final class RunDurations {
  /** The estimate of a kind with no finished run. */
  static final Duration UNSEEN = ChronoUnit.FOREVER.getDuration();

  private final Map<String, Kind> byKind = new ConcurrentHashMap<>();
  private final LongSupplier nanoClock;

  RunDurations() {
    this(System::nanoTime);
  }

  RunDurations(LongSupplier nanoClock) {
    this.nanoClock = nanoClock;
  }

  static String program(String question) {
    return question + " program";
  }

  static String tests(String question) {
    return question + " tests";
  }

  /** The estimate for the next run of {@code kind}. */
  Duration expected(String kind) {
    Kind runs = byKind.get(kind);
    return runs == null ? UNSEEN : runs.expected(nanoClock.getAsLong());
  }

  /**
   * A run of {@code kind} about to wait for its turn: its estimate is {@link #expected(String)},
   * and it counts as going from {@link Run#started()} until {@link Run#finished} or {@link
   * Run#close()}.
   */
  Run track(String kind) {
    return new Run(kind);
  }

  private Kind kind(String kind) {
    return byKind.computeIfAbsent(kind, k -> new Kind());
  }

  /** One run of a kind: its estimate while it waits, and a lower bound for its kind once going. */
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

    /** Finished after {@code wall}, which now counts toward the mean of its kind. */
    void finished(Duration wall) {
      Kind runs = kind(kind);
      runs.add(wall);
      runs.ended(this);
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
      if (count == 0) {
        return UNSEEN;
      }
      long longest = totalNanos / count;
      for (Run run : going) {
        longest = Math.max(longest, nowNanos - run.startedNanos);
      }
      return Duration.ofNanos(longest);
    }
  }
}
