package dev.grader.grading;

import dev.grader.junit.TestOutcome;
import dev.grader.report.CheckResult;
import dev.grader.rubric.CheckSpec;
import java.util.List;
import java.util.Map;

/**
 * What the instructor tests of one answer did, by test method.
 *
 * @param outcomes results by test method name
 * @param unfinished why the test run did not report some tests (killed, crashed), or null
 */
record JUnitOutcomes(Map<String, TestOutcome> outcomes, String unfinished) {
  static final JUnitOutcomes NONE = new JUnitOutcomes(Map.of(), null);

  JUnitOutcomes {
    outcomes = Map.copyOf(outcomes);
  }

  List<CheckResult> results(CheckSpec.JUnit junit) {
    return junit.tests().entrySet().stream()
        .map(
            test -> {
              TestOutcome outcome = outcomes.get(test.getKey());
              if (outcome == null) {
                String why = unfinished == null ? "the test was not found" : unfinished;
                return Verdicts.testResult(junit, test, 0, "The test did not run: " + why + ".");
              }
              if (outcome.passed()) {
                return Verdicts.testResult(junit, test, test.getValue(), "Passed.");
              }
              return Verdicts.testResult(junit, test, 0, "Failed: " + outcome.message());
            })
        .toList();
  }
}
