package dev.grader.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

class TimeLimitTest {
  private static final Duration TIMEOUT = Duration.ofMillis(200);

  private final AtomicReference<Duration> cpu = new AtomicReference<>(Duration.ZERO);

  private long startedAgo(Duration ago) {
    return System.nanoTime() - ago.toNanos();
  }

  @Test
  void beforeTheTimeoutTheRunWaitsForIt() {
    TimeLimit limit = new TimeLimit(System.nanoTime(), TIMEOUT, cpu::get);

    assertThat(limit.remainingNanos()).isPositive().isLessThanOrEqualTo(TIMEOUT.toNanos());
  }

  @Test
  void withoutCpuTimeTheWallClockTimeoutIsFinal() {
    TimeLimit limit = new TimeLimit(startedAgo(TIMEOUT), TIMEOUT, () -> null);

    assertThat(limit.remainingNanos()).isLessThanOrEqualTo(0);
  }

  @Test
  void programThatUsedItsTimeInCpuIsStopped() {
    cpu.set(TIMEOUT);
    TimeLimit limit = new TimeLimit(startedAgo(TIMEOUT), TIMEOUT, cpu::get);

    assertThat(limit.remainingNanos()).isLessThanOrEqualTo(0);
  }

  @Test
  void waitingProgramFirstSeenAtTheTimeoutIsStoppedOneWindowLater() throws InterruptedException {
    cpu.set(Duration.ofMillis(50));
    TimeLimit limit = new TimeLimit(startedAgo(TIMEOUT), TIMEOUT, cpu::get);

    assertThat(limit.remainingNanos()).isPositive();
    Thread.sleep(300);

    assertThat(limit.remainingNanos()).isLessThanOrEqualTo(0);
  }

  @Test
  void waitingProgramWatchedInTheLastWindowIsStoppedRightAtTheTimeout()
      throws InterruptedException {
    Duration timeout = Duration.ofSeconds(1);
    cpu.set(Duration.ofMillis(50));
    TimeLimit limit = new TimeLimit(startedAgo(Duration.ofMillis(800)), timeout, cpu::get);

    assertThat(limit.remainingNanos())
        .as("wakes for the last window, not for the timeout")
        .isPositive()
        .isLessThanOrEqualTo(Duration.ofMillis(200).toNanos());
    Thread.sleep(260);

    assertThat(limit.remainingNanos()).isLessThanOrEqualTo(0);
  }

  @Test
  void slowedProgramStillComputingGetsMoreTimeUntilItsCpuTimeIsUsed() throws InterruptedException {
    cpu.set(Duration.ofMillis(50));
    TimeLimit limit = new TimeLimit(startedAgo(TIMEOUT), TIMEOUT, cpu::get);
    limit.remainingNanos();
    Thread.sleep(300);
    cpu.set(Duration.ofMillis(150));

    assertThat(limit.remainingNanos()).isPositive();

    cpu.set(TIMEOUT);
    assertThat(limit.remainingNanos()).isLessThanOrEqualTo(0);
  }

  @Test
  void backstopEndsEvenAProgramThatNeverGetsItsCpuTime() {
    cpu.set(Duration.ofMillis(10));
    TimeLimit limit =
        new TimeLimit(
            startedAgo(TIMEOUT.multipliedBy(TimeLimit.BACKSTOP_FACTOR)), TIMEOUT, cpu::get);

    assertThat(limit.remainingNanos()).isLessThanOrEqualTo(0);
  }
}
