package dev.grader.extract;

import java.util.Objects;

/**
 * Java source text taken from a submission.
 *
 * @param origin where it came from, for diagnostics: a path ({@code src/Q3.java}) or a document
 *     location ({@code answers.md:42})
 * @param firstLine the line of {@code origin} where this text starts (1 for a whole file; the line
 *     after the fence for a fenced block), so diagnostics point at the student's own lines
 * @param content the source text
 */
public record JavaSource(String origin, int firstLine, String content) {
  public JavaSource {
    Objects.requireNonNull(origin, "origin");
    Objects.requireNonNull(content, "content");
    if (firstLine < 1) {
      throw new IllegalArgumentException("firstLine must be >= 1: " + firstLine);
    }
  }
}
