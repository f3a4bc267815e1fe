package dev.grader.junit;

import java.util.List;
import java.util.Objects;

/**
 * The results file the test runner writes, rewritten after every finished test so that a run cut
 * short still tells what it did.
 *
 * @param complete true once every selected test has finished
 * @param tests the outcomes so far, in the order the tests finished
 */
record ResultsDocument(boolean complete, List<TestOutcome> tests) {
  ResultsDocument {
    tests = List.copyOf(Objects.requireNonNull(tests, "tests"));
  }
}
