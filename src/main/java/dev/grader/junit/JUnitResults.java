package dev.grader.junit;

import dev.grader.report.Counts;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * What a test run left in its results file.
 *
 * @param outcomes the outcomes of the tests that finished
 * @param unfinished why the run did not finish every test, or {@code null} when it did; tests
 *     without an outcome then never ran, typically because the student's code ended or hung the JVM
 */
public record JUnitResults(List<TestOutcome> outcomes, String unfinished) {
  public JUnitResults {
    outcomes = List.copyOf(outcomes);
  }

  /**
   * Reads the file {@link TestMain} wrote. A missing or garbled file is not an error: student code
   * may have killed the JVM before or while it was written.
   */
  public static JUnitResults read(Path resultsFile) {
    ResultsDocument document;
    try (InputStream in = Files.newInputStream(resultsFile)) {
      document = ResultsDocument.read(in);
    } catch (NoSuchFileException e) {
      return new JUnitResults(List.of(), "the test runner wrote no results");
    } catch (EOFException e) {
      return new JUnitResults(List.of(), "the results file is unreadable: it ends too early");
    } catch (IOException | RuntimeException e) {
      return new JUnitResults(List.of(), "the results file is unreadable: " + e.getMessage());
    }
    return document.complete()
        ? new JUnitResults(document.tests(), null)
        : new JUnitResults(
            document.tests(),
            "the run stopped after " + Counts.of(document.tests().size(), "test"));
  }

  public boolean complete() {
    return unfinished == null;
  }

  /**
   * The outcome of a test method. When it ran several times (parameterized, repeated), the worst
   * invocation speaks for all, with their total duration.
   *
   * @return empty when the method never finished (or does not exist)
   */
  public Optional<TestOutcome> outcome(String method) {
    List<TestOutcome> runs = outcomes.stream().filter(o -> o.method().equals(method)).toList();
    long totalMs = runs.stream().mapToLong(TestOutcome::durationMs).sum();
    return runs.stream()
        .max(Comparator.comparingInt(o -> severity(o.status())))
        .map(w -> new TestOutcome(w.testClass(), method, w.status(), w.message(), totalMs));
  }

  private static int severity(TestOutcome.Status status) {
    return switch (status) {
      case SUCCESSFUL -> 0;
      case SKIPPED -> 1;
      case ABORTED -> 2;
      case FAILED -> 3;
    };
  }
}
