package dev.grader.extract;

import java.util.Objects;

/**
 * What the extractor needs to know of a question to find its answer.
 *
 * @param id the question id, {@code q1}..{@code q6}
 * @param number the question number, 1..n
 * @param code true for a code answer, false for a text answer
 */
public record QuestionRef(String id, int number, boolean code) {
  public QuestionRef {
    Objects.requireNonNull(id, "id");
    if (number < 1) {
      throw new IllegalArgumentException("question number must be >= 1: " + number);
    }
  }
}
