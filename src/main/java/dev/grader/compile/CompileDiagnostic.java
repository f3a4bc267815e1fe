package dev.grader.compile;

import java.util.Objects;

/**
 * A compile error, located in the student's own file.
 *
 * @param origin the file the error is in, as the student knows it ({@code src/Q3.java}, {@code
 *     answers.md})
 * @param line the line in {@code origin}, or 0 when the error has no position
 * @param column the column in that line, or 0 when unknown
 * @param message the compiler's message, on one line
 */
public record CompileDiagnostic(String origin, long line, long column, String message) {
  public CompileDiagnostic {
    Objects.requireNonNull(origin, "origin");
    Objects.requireNonNull(message, "message");
    if (line < 0 || column < 0) {
      throw new IllegalArgumentException("line and column must not be negative");
    }
  }

  /** {@code origin:line: message}, the form students know from javac. */
  @Override
  public String toString() {
    return line == 0 ? origin + ": " + message : origin + ":" + line + ": " + message;
  }
}
