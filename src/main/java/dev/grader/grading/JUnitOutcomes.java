package dev.grader.grading;

import dev.grader.junit.JUnitResults;
import dev.grader.junit.TestOutcome;
import dev.grader.report.CheckResult;
import dev.grader.rubric.CheckSpec;
import java.util.List;
import java.util.Optional;

/**
 * What the instructor tests of one answer did.
 *
 * @param results the outcomes the test runner reported
 * @param unfinished why the test run did not report some tests (killed, crashed), or null
 */
record JUnitOutcomes(JUnitResults results, String unfinished) {
  static final JUnitOutcomes NONE = new JUnitOutcomes(new JUnitResults(List.of(), null), null);

  List<CheckResult> results(CheckSpec.JUnit junit) {
    return junit.tests().entrySet().stream()
        .map(
            test -> {
              Optional<TestOutcome> outcome = results.outcome(test.getKey());
              if (outcome.isEmpty()) {
                String why = unfinished == null ? "the test was not found" : unfinished;
                return Verdicts.testResult(junit, test, 0, "The test did not run: " + why + ".");
              }
              return switch (outcome.get().status()) {
                case SUCCESSFUL -> Verdicts.testResult(junit, test, test.getValue(), "Passed.");
                case FAILED ->
                    Verdicts.testResult(junit, test, 0, "Failed: " + outcome.get().message());
                case ABORTED, SKIPPED ->
                    Verdicts.testResult(
                        junit, test, 0, "Did not run to a verdict: " + outcome.get().message());
              };
            })
        .toList();
  }
}
