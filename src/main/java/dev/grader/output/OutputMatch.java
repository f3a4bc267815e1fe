package dev.grader.output;

import java.util.Objects;

/**
 * Whether a program's output passed an output check.
 *
 * @param detail for the student: on failure, where and how the output differs from what was
 *     expected; kept short and free of control characters
 */
public record OutputMatch(boolean passed, String detail) {
  public OutputMatch {
    Objects.requireNonNull(detail, "detail");
  }

  static OutputMatch pass(String detail) {
    return new OutputMatch(true, detail);
  }

  static OutputMatch fail(String detail) {
    return new OutputMatch(false, detail);
  }
}
