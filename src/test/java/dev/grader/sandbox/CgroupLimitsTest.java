package dev.grader.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Memory, process-count and CPU accounting, where the cgroup layer offers them. */
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

  @ParameterizedTest
  @EnumSource(
      value = Layers.class,
      names = {"CGROUP", "BUBBLEWRAP_CGROUP"})
  void cpuTimeOfTheTreeIsReported(Layers layers) {
    assumeFeature(Cgroups.Feature.CPU);

    RunResult result =
        run(
            layers,
            List.of("sh", "-c", "i=0; while [ $i -lt 30000 ]; do i=$((i+1)); done"),
            256,
            16);

    assertThat(result.exitedNormally()).isTrue();
    assertThat(result.cpu()).isPositive();
  }

  @Test
  void cpuTimeIsUnknownWithoutCgroups() {
    RunResult result = run(Layers.FALLBACK, List.of("true"), 256, 16);

    assertThat(result.cpu()).isNull();
    assertThat(result.isolation()).isEqualTo("unsandboxed");
  }
}
