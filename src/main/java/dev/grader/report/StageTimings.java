package dev.grader.report;

/** Milliseconds spent in each stage of grading one question. */
public record StageTimings(long extractMs, long compileMs, long runMs, long checkMs) {
  public long totalMs() {
    return extractMs + compileMs + runMs + checkMs;
  }
}
