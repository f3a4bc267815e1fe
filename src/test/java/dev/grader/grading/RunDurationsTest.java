package dev.grader.grading;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class RunDurationsTest {
  private final AtomicLong now = new AtomicLong();
  private final RunDurations durations = new RunDurations(now::get);

  @Test
  void expectedIsTheMeanOfFinishedRunsOfTheKind() {
    durations.record("q6 program", Duration.ofMillis(100));
    durations.record("q6 program", Duration.ofMillis(300));
    durations.record("q3 program", Duration.ofSeconds(5));

    assertThat(durations.expected("q6 program")).isEqualTo(Duration.ofMillis(200));
  }

  @Test
  void runStillGoingCountsAsAtLeastAsLongAsItHasLasted() {
    durations.record("q6 program", Duration.ofMillis(200));
    RunDurations.Run hanging = durations.track("q6 program");
    RunDurations.Run waiting = durations.track("q6 program");

    hanging.started();
    now.addAndGet(Duration.ofMillis(150).toNanos());
    assertThat(waiting.expected()).isEqualTo(Duration.ofMillis(200));
    now.addAndGet(Duration.ofSeconds(3).toNanos());
    assertThat(waiting.expected()).isEqualTo(Duration.ofMillis(3150));

    hanging.close();
    durations.record("q6 program", Duration.ofMillis(3150));
    now.addAndGet(Duration.ofSeconds(60).toNanos());
    assertThat(waiting.expected()).isEqualTo(Duration.ofNanos((200 + 3150) * 1_000_000L / 2));
  }

  @Test
  void kindWithNoFinishedRunIsExpectedLongerThanAnyOther() {
    durations.record("q5 tests", Duration.ofMinutes(10));
    RunDurations.Run first = durations.track("q6 program");
    RunDurations.Run next = durations.track("q6 program");

    first.started();
    now.addAndGet(Duration.ofSeconds(1).toNanos());
    assertThat(next.expected())
        .isEqualTo(RunDurations.UNSEEN)
        .isGreaterThan(durations.expected("q5 tests"));

    first.close();
    durations.record("q6 program", Duration.ofSeconds(1));
    assertThat(next.expected()).isEqualTo(Duration.ofSeconds(1));
  }

  @Test
  void kindsAreNamedAfterTheQuestionAndWhatRuns() {
    assertThat(RunDurations.program("q5")).isEqualTo("q5 program");
    assertThat(RunDurations.tests("q5")).isEqualTo("q5 tests");
  }
}
