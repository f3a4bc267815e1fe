package dev.grader.analysis;

import java.util.Objects;

/**
 * Why a student's source could not be parsed; such a source is not searched.
 *
 * @param origin the source, as in {@link dev.grader.extract.JavaSource#origin()}
 * @param line the line of {@code origin}, 1-based
 * @param column the column, 1-based
 * @param message the parser's message
 */
public record ParseProblem(String origin, int line, int column, String message) {
  public ParseProblem {
    Objects.requireNonNull(origin, "origin");
    Objects.requireNonNull(message, "message");
    if (line < 1 || column < 1) {
      throw new IllegalArgumentException("line and column are 1-based: " + line + ":" + column);
    }
  }

  /** In the usual compiler form: {@code Q3.java:4:17: message}. */
  public String describe() {
    return origin + ":" + line + ":" + column + ": " + message;
  }
}
