package dev.grader.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import dev.grader.sandbox.TreeActivity.State;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

class TreeActivityTest {
  private static final long WINDOW = TreeActivity.WINDOW_NANOS;

  private final AtomicReference<Duration> cpu = new AtomicReference<>(Duration.ZERO);
  private final TreeActivity activity = new TreeActivity(cpu::get);

  @Test
  void treeWithoutMeasurableCpuTimeIsUnknown() {
    assertThat(new TreeActivity(() -> null).look(0)).isEqualTo(State.UNKNOWN);
  }

  @Test
  void nothingIsJudgedBeforeAWholeWindowHasPassed() {
    assertThat(activity.look(0)).isEqualTo(State.WATCHING);
    cpu.set(Duration.ofSeconds(1));

    assertThat(activity.look(WINDOW / 2)).isEqualTo(State.WATCHING);
    assertThat(activity.windowLeft(WINDOW / 2)).isEqualTo(WINDOW / 2);
  }

  @Test
  void treeThatUsedAlmostNoCpuOverTheWindowIsWaiting() {
    activity.look(0);
    cpu.set(Duration.ofNanos(WINDOW / 20));

    assertThat(activity.look(WINDOW)).isEqualTo(State.WAITING);
  }

  @Test
  void treeThatUsedATenthOfACoreIsComputingAndANewWindowStarts() {
    activity.look(0);
    cpu.set(Duration.ofNanos(WINDOW / 10));

    assertThat(activity.look(WINDOW)).isEqualTo(State.COMPUTING);
    assertThat(activity.look(WINDOW + 1)).isEqualTo(State.WATCHING);
    assertThat(activity.look(2 * WINDOW)).isEqualTo(State.WAITING);
  }
}
