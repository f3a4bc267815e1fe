package dev.grader.report;

/**
 * What a student's copy of a report leaves out: how many checks are hidden and the points they
 * hold, so the student knows more is graded without learning what.
 */
public record HiddenChecks(int checks, double points) {
  public HiddenChecks {
    if (checks < 1) {
      throw new IllegalArgumentException("at least one check is hidden: " + checks);
    }
    points = Scores.round(points);
  }
}
