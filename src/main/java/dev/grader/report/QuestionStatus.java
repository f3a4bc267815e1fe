package dev.grader.report;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** What happened to one answer; everything but {@link #GRADED} is a reason points were lost. */
public enum QuestionStatus {
  /** Found, built and judged by every check. */
  GRADED,
  /** No answer to this question was found in the submission. */
  NOT_FOUND,
  /** The answer does not compile (or does not parse); diagnostics say where. */
  COMPILE_ERROR,
  /** The answer compiles but has no {@code main} method to run. */
  NO_MAIN,
  /** The program ran out of time and was killed with its child processes. */
  TIMEOUT,
  /** The program ended with an exception or a non-zero exit code. */
  CRASHED,
  /** The program printed more than allowed and was stopped. */
  OUTPUT_LIMIT,
  /** The program used more memory than allowed and was stopped. */
  MEMORY_LIMIT,
  /** The grader could not grade this answer (a fault of the grader's set-up, not the student). */
  GRADER_ERROR;

  @JsonValue
  public String wireName() {
    return name().toLowerCase(Locale.ROOT);
  }
}
