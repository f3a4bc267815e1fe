package dev.grader.grading;

import dev.grader.report.CheckResult;
import dev.grader.rubric.CheckSpec;
import dev.grader.rubric.Verdict;
import java.util.List;
import java.util.Map;

/** Check results for checks that could not be judged, with the reason the student reads. */
final class Verdicts {
  private Verdicts() {}

  static CheckResult of(CheckSpec check, Verdict verdict) {
    return CheckResult.of(
        check.name(), verdict.score(), check.points(), verdict.feedback(), check.visibility());
  }

  static CheckResult zero(CheckSpec check, String feedback) {
    return CheckResult.of(check.name(), 0, check.points(), feedback, check.visibility());
  }

  static CheckResult full(CheckSpec check, String feedback) {
    return CheckResult.of(
        check.name(), check.points(), check.points(), feedback, check.visibility());
  }

  /** Zero for a check; a JUnit check becomes one zero per test, as when its tests ran. */
  static List<CheckResult> zeros(CheckSpec check, String feedback) {
    if (check instanceof CheckSpec.JUnit junit) {
      return junit.tests().entrySet().stream()
          .map(test -> testResult(junit, test, 0, feedback))
          .toList();
    }
    return List.of(zero(check, feedback));
  }

  static CheckResult testResult(
      CheckSpec.JUnit junit, Map.Entry<String, Double> test, double score, String feedback) {
    return CheckResult.of(
        junit.name() + ": " + test.getKey(), score, test.getValue(), feedback, junit.visibility());
  }
}
