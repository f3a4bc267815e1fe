package dev.grader.rubric;

import java.util.Objects;

/**
 * How one check judged an answer: the points given and what to tell the student about it.
 *
 * @param score points given, never negative
 * @param feedback a sentence for the student; never null
 */
public record Verdict(double score, String feedback) {
  public Verdict {
    if (score < 0 || Double.isNaN(score)) {
      throw new IllegalArgumentException("score must not be negative: " + score);
    }
    Objects.requireNonNull(feedback, "feedback");
  }
}
