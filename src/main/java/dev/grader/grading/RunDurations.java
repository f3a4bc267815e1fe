package dev.grader.grading;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * How long runs of each kind took so far in this grading run, as the expected length of the next
 * one: a question's program ({@code "q5 program"}) or tests ({@code "q5 tests"}), whose waiting
 * runs the sandbox starts longest first, and all of a question's runs together from the end of its
 * compile ({@code "q5"}), whose waiting answers the compiler takes longest first.
 */
final class RunDurations {
  private final Map<String, Mean> byKind = new ConcurrentHashMap<>();

  /** The mean wall time of the runs of {@code kind} so far; zero before the first. */
  Duration expected(String kind) {
    Mean mean = byKind.get(kind);
    return mean == null ? Duration.ZERO : mean.value();
  }

  void record(String kind, Duration wall) {
    byKind.computeIfAbsent(kind, k -> new Mean()).add(wall);
  }

  private static final class Mean {
    private long count;
    private long totalNanos;

    synchronized void add(Duration wall) {
      count++;
      totalNanos += wall.toNanos();
    }

    synchronized Duration value() {
      return count == 0 ? Duration.ZERO : Duration.ofNanos(totalNanos / count);
    }
  }
}
