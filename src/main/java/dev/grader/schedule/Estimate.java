package dev.grader.schedule;

import java.time.Duration;

/** What is known of how long a piece of work waiting for a {@link LongestFirst} turn will take. */
@FunctionalInterface
public interface Estimate {
  /** How long the work is likely to take; asked again while it waits. */
  Duration expected();

  /** Told once, when the work gets its turn and starts. */
  default void started() {}
}
