package dev.grader.cli;

/** What the {@code grader} command's exit code means; CI scripts rely on these numbers. */
final class ExitCodes {
  /** Grading ran, whatever the scores. */
  static final int OK = 0;

  /** A fault of the grader's inputs or environment (a broken rubric, a missing folder). */
  static final int GRADER_FAULT = 1;

  /** The command line was wrong. */
  static final int USAGE = 2;

  /** With {@code --fail-under}: grading ran, but the score is below the threshold. */
  static final int BELOW_THRESHOLD = 3;

  private ExitCodes() {}
}
