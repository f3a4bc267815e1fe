package dev.grader.grading;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class RunDurationsTest {
  private final AtomicLong now = new AtomicLong();
  private final RunDurations durations = new RunDurations(now::get);

  private void passes(Duration time) {
    now.addAndGet(time.toNanos());
  }

  private RunDurations.Run started(String kind) {
    RunDurations.Run run = durations.track(kind);
    run.started();
    return run;
  }

  private void ran(String kind, Duration wall) {
    started(kind).finished(wall);
  }

  @Test
  void expectedIsTheMeanOfFinishedRunsOfTheKind() {
    ran("q6 program", Duration.ofMillis(100));
    ran("q6 program", Duration.ofMillis(300));
    ran("q3 program", Duration.ofSeconds(5));

    assertThat(durations.expected("q6 program")).isEqualTo(Duration.ofMillis(200));
  }

  @Test
  void runStillGoingCountsAsAtLeastAsLongAsItHasLasted() {
    ran("q6 program", Duration.ofMillis(200));
    RunDurations.Run waiting = durations.track("q6 program");

    RunDurations.Run hanging = started("q6 program");
    passes(Duration.ofMillis(150));
    assertThat(waiting.expected()).isEqualTo(Duration.ofMillis(200));
    passes(Duration.ofSeconds(3));
    assertThat(waiting.expected()).isEqualTo(Duration.ofMillis(3150));

    hanging.finished(Duration.ofMillis(3150));
    passes(Duration.ofSeconds(60));
    assertThat(waiting.expected()).isEqualTo(Duration.ofNanos((200 + 3150) * 1_000_000L / 2));
  }

  @Test
  void kindWithNoFinishedRunIsExpectedLongerThanAnyOther() {
    ran("q5 tests", Duration.ofMinutes(10));
    RunDurations.Run next = durations.track("q6 program");

    RunDurations.Run first = started("q6 program");
    passes(Duration.ofSeconds(1));
    assertThat(next.expected())
        .isEqualTo(RunDurations.UNSEEN)
        .isGreaterThan(durations.expected("q5 tests"));

    first.finished(Duration.ofSeconds(1));
    assertThat(next.expected()).isEqualTo(Duration.ofSeconds(1));
  }

  @Test
  void kindsAreNamedAfterTheQuestionAndWhatRuns() {
    assertThat(RunDurations.program("q5")).isEqualTo("q5 program");
    assertThat(RunDurations.tests("q5")).isEqualTo("q5 tests");
  }
}
