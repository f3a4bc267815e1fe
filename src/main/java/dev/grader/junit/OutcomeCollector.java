package dev.grader.junit;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.TestSource;
import org.junit.platform.engine.support.descriptor.MethodSource;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.TestPlan;

/**
 * Turns launcher events into one {@link TestOutcome} per test and hands over the outcomes after
 * each change. A test whose class failed to set up, or was skipped, never gets its own events, so
 * it takes its class's verdict.
 */
final class OutcomeCollector implements TestExecutionListener {
  private final Consumer<List<TestOutcome>> onChange;
  private final List<TestOutcome> outcomes = new ArrayList<>();
  private final Map<String, Long> startNanos = new HashMap<>();
  private final Map<String, Boolean> recorded = new HashMap<>();
  private TestPlan plan;

  OutcomeCollector(Consumer<List<TestOutcome>> onChange) {
    this.onChange = onChange;
  }

  List<TestOutcome> outcomes() {
    return List.copyOf(outcomes);
  }

  @Override
  public synchronized void testPlanExecutionStarted(TestPlan testPlan) {
    plan = testPlan;
  }

  @Override
  public synchronized void executionStarted(TestIdentifier id) {
    startNanos.put(id.getUniqueId(), System.nanoTime());
  }

  @Override
  public synchronized void executionSkipped(TestIdentifier id, String reason) {
    settle(id, TestOutcome.Status.SKIPPED, "skipped: " + reason, 0);
  }

  @Override
  public synchronized void executionFinished(TestIdentifier id, TestExecutionResult result) {
    Long start = startNanos.remove(id.getUniqueId());
    long millis = start == null ? 0 : (System.nanoTime() - start) / 1_000_000;
    String message = result.getThrowable().map(OutcomeCollector::summary).orElse("");
    settle(id, status(result.getStatus()), message, millis);
  }

  /** Records a test, or every not yet recorded test below a container, when it is not a success. */
  private void settle(TestIdentifier id, TestOutcome.Status status, String message, long millis) {
    if (id.isTest()) {
      record(id, status, message, millis);
    } else if (status != TestOutcome.Status.SUCCESSFUL && plan != null) {
      String why = id.getDisplayName() + ": " + message;
      for (TestIdentifier test : plan.getDescendants(id)) {
        if (test.isTest() && !recorded.containsKey(test.getUniqueId())) {
          record(test, status, why, 0);
        }
      }
    } else {
      return;
    }
    onChange.accept(outcomes());
  }

  private void record(TestIdentifier id, TestOutcome.Status status, String message, long millis) {
    recorded.put(id.getUniqueId(), true);
    Optional<MethodSource> method = methodOf(id);
    outcomes.add(
        new TestOutcome(
            method.map(MethodSource::getClassName).orElse(""),
            method.map(MethodSource::getMethodName).orElse(id.getDisplayName()),
            status,
            cap(message),
            millis));
  }

  /** The test's method, found on a parent for dynamic tests that have no source of their own. */
  private Optional<MethodSource> methodOf(TestIdentifier id) {
    for (TestIdentifier at = id; at != null; at = parent(at)) {
      Optional<TestSource> source = at.getSource();
      if (source.isPresent() && source.get() instanceof MethodSource method) {
        return Optional.of(method);
      }
    }
    return Optional.empty();
  }

  private TestIdentifier parent(TestIdentifier id) {
    return plan == null ? null : plan.getParent(id).orElse(null);
  }

  private static TestOutcome.Status status(TestExecutionResult.Status status) {
    return switch (status) {
      case SUCCESSFUL -> TestOutcome.Status.SUCCESSFUL;
      case ABORTED -> TestOutcome.Status.ABORTED;
      case FAILED -> TestOutcome.Status.FAILED;
    };
  }

  /**
   * The failure on one line: assertion messages speak for themselves, other exceptions need their
   * type to make sense. Lines are joined rather than cut, so "message ==> expected: <a> but was:
   * <b>" survives an instructor's multi-line message.
   */
  private static String summary(Throwable failure) {
    String message =
        failure.getMessage() == null
            ? ""
            : failure.getMessage().strip().replaceAll("\\s*\\R\\s*", " ");
    if (failure instanceof AssertionError && !message.isEmpty()) {
      return message;
    }
    String type = failure.getClass().getSimpleName();
    return message.isEmpty() ? type : type + ": " + message;
  }

  private static String cap(String message) {
    return message.length() <= TestOutcome.MAX_MESSAGE
        ? message
        : message.substring(0, TestOutcome.MAX_MESSAGE - 3) + "...";
  }
}
