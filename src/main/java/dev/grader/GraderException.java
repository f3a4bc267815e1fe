package dev.grader;

/**
 * A fault of the grader's own inputs or environment (a broken rubric, a missing folder), never of a
 * student's answer. The message says what is wrong and what to do about it.
 */
public class GraderException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public GraderException(String message) {
    super(message);
  }

  public GraderException(String message, Throwable cause) {
    super(message, cause);
  }
}
