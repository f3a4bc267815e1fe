package dev.grader.report;

/**
 * Milliseconds spent in each stage of grading one question.
 *
 * @param extractMs finding the answer in the submission (the student's share)
 * @param compileMs compiling it
 * @param runMs running it and its instructor tests, including waiting for a free run slot
 * @param checkMs static checks and judging the results
 * @param waitMs waiting for a free compiler, when more answers were ready than compilers
 */
public record StageTimings(long extractMs, long compileMs, long runMs, long checkMs, long waitMs) {
  /** Timings of a question that never waited. */
  public StageTimings(long extractMs, long compileMs, long runMs, long checkMs) {
    this(extractMs, compileMs, runMs, checkMs, 0);
  }

  public long totalMs() {
    return extractMs + compileMs + runMs + checkMs + waitMs;
  }
}
