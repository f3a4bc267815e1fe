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

  /** The status in words for students and instructors reading a report. */
  public String inWords() {
    return switch (this) {
      case GRADED -> "graded";
      case NOT_FOUND -> "answer not found";
      case COMPILE_ERROR -> "does not compile";
      case NO_MAIN -> "no main method";
      case TIMEOUT -> "timed out";
      case CRASHED -> "crashed";
      case OUTPUT_LIMIT -> "printed too much output";
      case MEMORY_LIMIT -> "used too much memory";
      case GRADER_ERROR -> "could not be graded (grader problem)";
    };
  }
}
