package dev.grader.report;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.grader.rubric.Visibility;
import java.util.Objects;

/**
 * The outcome of one rubric check.
 *
 * @param name the check's name from the rubric
 * @param score points given
 * @param maxScore points the check holds
 * @param feedback why the points were given or taken, worded for the student
 * @param visibility who may see this check
 * @param expected for output checks: what was expected (excerpt)
 * @param actual for output checks: what the program printed (excerpt)
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record CheckResult(
    String name,
    double score,
    double maxScore,
    String feedback,
    Visibility visibility,
    String expected,
    String actual) {
  public CheckResult {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(feedback, "feedback");
    Objects.requireNonNull(visibility, "visibility");
    if (score < 0 || score > maxScore + 1e-9) {
      throw new IllegalArgumentException(
          "check '" + name + "': score " + score + " outside 0.." + maxScore);
    }
    score = Scores.round(score);
    maxScore = Scores.round(maxScore);
  }

  public static CheckResult of(
      String name, double score, double maxScore, String feedback, Visibility visibility) {
    return new CheckResult(name, score, maxScore, feedback, visibility, null, null);
  }

  public boolean passed() {
    return score >= maxScore;
  }
}
