package dev.grader.report;

import java.util.Objects;

/**
 * A change an instructor made by hand to a question's score, kept in the report so the student sees
 * it and why.
 *
 * @param pointsBefore the question's score before this change
 * @param pointsAfter the question's score after it
 * @param reason the instructor's explanation
 */
public record ScoreOverride(double pointsBefore, double pointsAfter, String reason) {
  public ScoreOverride {
    Objects.requireNonNull(reason, "reason");
    pointsBefore = Scores.round(pointsBefore);
    pointsAfter = Scores.round(pointsAfter);
  }
}
