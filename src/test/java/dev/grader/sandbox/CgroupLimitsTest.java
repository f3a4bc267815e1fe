package dev.grader.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Memory and process-count limits where the cgroup layer offers them, and CPU accounting. */
@Timeout(3)
class CgroupLimitsTest {

  @TempDir Path workDir;

  private RunResult run(Layers layers, List<String> command, int memoryMb, int maxProcesses) {
    RunRequest request =
        new RunRequest(
            command,
            workDir,
            List.of(),
            Map.of(),
            new byte[0],
            Duration.ofMillis(1500),
            100_000,
            memoryMb,
            maxProcesses,
            () -> Duration.ZERO);
    return layers.sandbox().run(request);
  }

  private static void assumeFeature(Cgroups.Feature feature) {
    assumeTrue(
        Sandboxes.CgroupProbe.RESULT.map(c -> c.features().contains(feature)).orElse(false),
        "cgroup layer without " + feature);
  }

  @ParameterizedTest
  @EnumSource(
      value = Layers.class,
      names = {"CGROUP", "BUBBLEWRAP_CGROUP"})
  void memoryHogIsStoppedByTheMemoryLimit(Layers layers) {
    assumeFeature(Cgroups.Feature.MEMORY);

    RunResult result =
        run(
            layers,
            List.of("sh", "-c", "x=$(head -c 300000000 /dev/zero | tr '\\0' a); echo survived"),
            48,
            64);

    assertThat(result.termination()).isEqualTo(Termination.MEMORY_LIMIT);
    assertThat(result.stdout()).doesNotContain("survived");
  }

  @ParameterizedTest
  @EnumSource(
      value = Layers.class,
      names = {"CGROUP", "BUBBLEWRAP_CGROUP"})
  void forkBombIsCappedAndCleanedUp(Layers layers) {
    assumeFeature(Cgroups.Feature.PIDS);
    String marker = Processes.marker();

    RunResult result =
        run(layers, List.of("sh", "-c", "bomb() { bomb | bomb & }; bomb; wait", marker), 256, 32);

    assertThat(result.wall()).isLessThan(Duration.ofMillis(2500));
    assertThat(Processes.withArgument(marker)).isEmpty();
  }

  @ParameterizedTest
  @EnumSource(Layers.class)
  void spawnStormLeavesNothingBehind(Layers layers) {
    String marker = Processes.marker();

    RunResult result =
        run(
            layers,
            List.of(
                "sh", "-c", "for i in $(seq 100); do sleep " + marker + " & done; echo spawned"),
            256,
            40);

    assertThat(result.termination()).isEqualTo(Termination.EXITED);
    assertThat(Processes.withArgument(marker)).isEmpty();
  }

  /**
   * Under every layer: from the cgroup where one holds the run, else from /proc, read off the
   * processes of the tree while they live. The parent only waits; its child computes.
   */
  @ParameterizedTest
  @EnumSource(Layers.class)
  @Timeout(8)
  void cpuTimeOfTheWholeTreeIsReported(Layers layers) {
    if (layers.cgroup()) {
      assumeFeature(Cgroups.Feature.CPU);
    }
    String busyForASecondOrTwo =
        "end=$(( $(date +%s) + 2 )); while [ $(date +%s) -lt $end ]; do :; done";
    RunRequest request =
        new RunRequest(
            List.of("sh", "-c", "sh -c '" + busyForASecondOrTwo + "'; echo done"),
            workDir,
            List.of(),
            Map.of(),
            new byte[0],
            Duration.ofSeconds(5),
            100_000,
            256,
            16,
            () -> Duration.ZERO);

    RunResult result = layers.sandbox().run(request);

    assertThat(result.exitedNormally()).isTrue();
    assertThat(result.stdout()).isEqualTo("done\n");
    assertThat(result.cpu()).isGreaterThan(Duration.ofMillis(100)).isLessThan(result.wall());
  }
}
