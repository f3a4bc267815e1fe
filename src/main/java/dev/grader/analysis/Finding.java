package dev.grader.analysis;

import java.util.Objects;

/**
 * Where a construct named by a rubric entry was found in a student's code.
 *
 * @param entry the rubric entry as written ({@code ProcessBuilder.start}, {@code Thread})
 * @param origin the source it was found in ({@code src/Q3.java}, {@code answers.md})
 * @param line the line of {@code origin}, 1-based
 */
public record Finding(String entry, String origin, int line) {
  public Finding {
    Objects.requireNonNull(entry, "entry");
    Objects.requireNonNull(origin, "origin");
    if (line < 1) {
      throw new IllegalArgumentException("line must be >= 1: " + line);
    }
  }

  /** For feedback: {@code ProcessBuilder.start at Q3.java:12}. */
  public String describe() {
    return entry + " at " + origin + ":" + line;
  }
}
