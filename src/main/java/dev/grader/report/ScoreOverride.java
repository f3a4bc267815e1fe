package dev.grader.report;

import java.util.Objects;

/**
 * A score changed by hand after grading, kept in the report so every regrade is audited.
 *
 * @param originalScore the score before this change
 * @param newScore the score after it
 * @param reason why, in the instructor's words
 * @param source where the change is written ({@code overrides.yaml:12})
 */
public record ScoreOverride(double originalScore, double newScore, String reason, String source) {
  public ScoreOverride {
    Objects.requireNonNull(reason, "reason");
    Objects.requireNonNull(source, "source");
    originalScore = Scores.round(originalScore);
    newScore = Scores.round(newScore);
  }
}
