package dev.grader.junit;

import java.util.Objects;

/**
 * How one instructor test went. A parameterized or repeated test yields one outcome per invocation,
 * all under the same method name.
 *
 * @param testClass the test class, fully qualified
 * @param method the test method's name, as the rubric names it
 * @param status how it ended
 * @param message why it did not succeed: the failure's message on one line, at most {@value
 *     #MAX_MESSAGE} characters; empty when it succeeded
 * @param durationMs how long it ran
 */
public record TestOutcome(
    String testClass, String method, Status status, String message, long durationMs) {
  public static final int MAX_MESSAGE = 500;

  /** How a test ended. */
  public enum Status {
    SUCCESSFUL,
    FAILED,
    /** Its assumptions did not hold, so it stopped without verdict. */
    ABORTED,
    /** Disabled, or never run because its class was. */
    SKIPPED
  }

  public TestOutcome {
    Objects.requireNonNull(testClass, "testClass");
    Objects.requireNonNull(method, "method");
    Objects.requireNonNull(status, "status");
    message = message == null ? "" : message;
    if (durationMs < 0) {
      throw new IllegalArgumentException("durationMs must not be negative: " + durationMs);
    }
  }
}
