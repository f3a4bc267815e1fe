package dev.grader.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import dev.grader.schedule.LongestFirst;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

@Timeout(10)
class RunSlotsTest {
  private static final Duration TIMEOUT = Duration.ofSeconds(5);

  @TempDir Path workDir;

  private RunRequest request(String script, String folder) throws Exception {
    return new RunRequest(
        List.of("sh", "-c", script),
        Files.createDirectories(workDir.resolve(folder)),
        List.of(),
        Map.of(),
        new byte[0],
        TIMEOUT,
        10_000,
        256,
        64,
        () -> Duration.ZERO);
  }

  /** Starts {@code first}, then once it runs {@code second}; the second run's wall time. */
  private static Duration secondWhileFirstRuns(Sandbox sandbox, RunRequest first, RunRequest second)
      throws Exception {
    CompletableFuture<RunResult> firstRun = CompletableFuture.supplyAsync(() -> sandbox.run(first));
    Thread.sleep(100);
    long asked = System.nanoTime();
    RunResult secondRun = sandbox.run(second);
    Duration waited = Duration.ofNanos(System.nanoTime() - asked);
    assertThat(secondRun.termination()).isEqualTo(Termination.EXITED);
    assertThat(firstRun.get().termination()).isEqualTo(Termination.EXITED);
    return waited;
  }

  @ParameterizedTest
  @EnumSource(
      value = Layers.class,
      names = {"CGROUP", "BUBBLEWRAP_CGROUP"})
  void runThatOnlyWaitsGivesItsSlotToTheNextRun(Layers layers) throws Exception {
    try (Sandbox sandbox = layers.sandbox(new LongestFirst(1))) {
      Duration waited =
          secondWhileFirstRuns(
              sandbox, request("sleep 2", "sleeper"), request("echo second", "second"));

      assertThat(waited).isLessThan(Duration.ofMillis(1500));
    }
  }

  @ParameterizedTest
  @EnumSource(
      value = Layers.class,
      names = {"CGROUP", "BUBBLEWRAP_CGROUP"})
  void computingRunKeepsItsSlotUntilItEnds(Layers layers) throws Exception {
    String busyForTwoSeconds =
        "end=$(( $(date +%s) + 2 )); while [ $(date +%s) -lt $end ]; do :; done";
    try (Sandbox sandbox = layers.sandbox(new LongestFirst(1))) {
      Duration waited =
          secondWhileFirstRuns(
              sandbox, request(busyForTwoSeconds, "busy"), request("echo second", "second"));

      assertThat(waited).isGreaterThan(Duration.ofMillis(800));
    }
  }

  @Test
  void withoutACgroupAWaitingRunKeepsItsSlot() throws Exception {
    try (Sandbox sandbox = Layers.FALLBACK.sandbox(new LongestFirst(1))) {
      Duration waited =
          secondWhileFirstRuns(
              sandbox, request("sleep 1", "sleeper"), request("echo second", "second"));

      assertThat(waited).isGreaterThan(Duration.ofMillis(600));
    }
  }
}
