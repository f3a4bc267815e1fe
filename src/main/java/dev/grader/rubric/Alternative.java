package dev.grader.rubric;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import java.util.Objects;

/**
 * One accepted way of answering a static check, worth {@code points} (full or partial credit).
 *
 * @param feedback said to the student when this alternative is the best one found
 */
public record Alternative(@JsonUnwrapped CodePattern pattern, double points, String feedback) {
  public Alternative {
    Objects.requireNonNull(pattern, "an alternative needs 'calls' or 'types'");
    Objects.requireNonNull(feedback, "an alternative needs 'feedback'");
    if (points < 0) {
      throw new IllegalArgumentException("points must not be negative: " + points);
    }
  }
}
