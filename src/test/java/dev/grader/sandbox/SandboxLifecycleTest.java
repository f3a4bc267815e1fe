package dev.grader.sandbox;

import static java.nio.charset.StandardCharsets.UTF_8;
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

/** What every layer combination guarantees: bounded time and output, and nothing left running. */
@Timeout(3)
class SandboxLifecycleTest {

  @TempDir Path workDir;

  private RunResult run(Layers layers, String script, String stdin, Duration timeout, long limit) {
    RunRequest request =
        new RunRequest(
            List.of("sh", "-c", script),
            workDir,
            List.of(),
            Map.of(),
            stdin.getBytes(UTF_8),
            timeout,
            limit,
            256,
            64,
            () -> Duration.ZERO);
    try (Sandbox sandbox = layers.sandbox()) {
      return sandbox.run(request);
    }
  }

  private RunResult run(Layers layers, String script) {
    return run(layers, script, "", Duration.ofSeconds(2), 1_000_000);
  }

  @ParameterizedTest
  @EnumSource(Layers.class)
  void timeoutKillsGrandchildren(Layers layers) {
    String marker = Processes.marker();

    RunResult result =
        run(
            layers,
            "sleep " + marker + " & sh -c 'sleep " + marker + "' & sleep " + marker,
            "",
            Duration.ofMillis(300),
            1000);

    assertThat(result.termination()).isEqualTo(Termination.TIMEOUT);
    assertThat(result.wall()).isLessThan(Duration.ofMillis(1500));
    assertThat(Processes.withArgument(marker)).isEmpty();
  }

  @ParameterizedTest
  @EnumSource(Layers.class)
  void programThatCannotFinishIsStoppedBeforeItsTimeoutWhereAllItsProcessesAreInView(
      Layers layers) {
    assumeTrue(BlockedCall.forThisPlatform().isPresent(), "system calls not known here");
    String marker = Processes.marker();

    RunResult result =
        run(layers, "sleep " + marker + "; echo never", "", Duration.ofMillis(1500), 1000);

    assertThat(result.termination()).isEqualTo(Termination.TIMEOUT);
    if (layers == Layers.FALLBACK) {
      // Without a cgroup or a PID namespace an orphan could be out of view: no early stop.
      assertThat(result.wall()).isGreaterThanOrEqualTo(Duration.ofMillis(1500));
      assertThat(result.waiting()).isEmpty();
    } else {
      assertThat(result.wall()).isLessThan(Duration.ofMillis(1500));
      assertThat(result.waiting())
          .containsExactly("sh waits for a child process to end", "sleep sleeps for ever");
    }
    assertThat(Processes.withArgument(marker)).isEmpty();
  }

  @ParameterizedTest
  @EnumSource(Layers.class)
  void detachedDoubleForkedGrandchildIsKilled(Layers layers) {
    String marker = Processes.marker();

    RunResult result =
        run(layers, "(setsid sleep " + marker + " </dev/null >/dev/null 2>&1 &); echo started");

    assertThat(result.termination()).isEqualTo(Termination.EXITED);
    assertThat(result.stdout()).isEqualTo("started\n");
    assertThat(Processes.withArgument(marker)).isEmpty();
  }

  @ParameterizedTest
  @EnumSource(Layers.class)
  void childHoldingStdoutOpenAfterParentExitsDoesNotBlockTheRun(Layers layers) {
    String marker = Processes.marker();

    RunResult result = run(layers, "sleep " + marker + " & echo done");

    assertThat(result.termination()).isEqualTo(Termination.EXITED);
    assertThat(result.exitCode()).isZero();
    assertThat(result.stdout()).isEqualTo("done\n");
    assertThat(result.wall()).isLessThan(Duration.ofSeconds(1));
    assertThat(Processes.withArgument(marker)).isEmpty();
  }

  @ParameterizedTest
  @EnumSource(Layers.class)
  void outputFloodIsCappedAndStoppedQuickly(Layers layers) {
    RunResult result = run(layers, "yes flood", "", Duration.ofSeconds(2), 10_000);

    assertThat(result.termination()).isEqualTo(Termination.OUTPUT_LIMIT);
    assertThat(result.stdout()).hasSize(10_000).startsWith("flood\nflood\n");
    assertThat(result.outputBytes()).isGreaterThan(10_000);
    assertThat(result.wall()).isLessThan(Duration.ofSeconds(1));
  }

  @ParameterizedTest
  @EnumSource(Layers.class)
  void singleEnormousLineIsCapped(Layers layers) {
    RunResult result = run(layers, "yes | tr -d '\\n'", "", Duration.ofSeconds(2), 5000);

    assertThat(result.termination()).isEqualTo(Termination.OUTPUT_LIMIT);
    assertThat(result.stdout()).hasSize(5000).matches("y+");
  }

  @ParameterizedTest
  @EnumSource(Layers.class)
  void stdoutAndStderrTogetherCountTowardsTheLimit(Layers layers) {
    RunResult result =
        run(
            layers,
            "head -c 600 /dev/zero; head -c 600 /dev/zero >&2; sleep 2",
            "",
            Duration.ofSeconds(2),
            1000);

    assertThat(result.termination()).isEqualTo(Termination.OUTPUT_LIMIT);
    assertThat(result.stdout().length() + result.stderr().length()).isEqualTo(1000);
    assertThat(result.outputBytes()).isEqualTo(1200);
  }

  @ParameterizedTest
  @EnumSource(Layers.class)
  void emptyStdinGivesEndOfInputAtOnce(Layers layers) {
    RunResult result = run(layers, "cat; echo eof");

    assertThat(result.exitedNormally()).isTrue();
    assertThat(result.stdout()).isEqualTo("eof\n");
    assertThat(result.wall()).isLessThan(Duration.ofSeconds(1));
  }

  @ParameterizedTest
  @EnumSource(Layers.class)
  void stdinContentIsDeliveredThenClosed(Layers layers) {
    RunResult result =
        run(layers, "tr a-z A-Z; echo end", "hello\nworld\n", Duration.ofSeconds(2), 1000);

    assertThat(result.exitedNormally()).isTrue();
    assertThat(result.stdout()).isEqualTo("HELLO\nWORLD\nend\n");
  }

  @ParameterizedTest
  @EnumSource(Layers.class)
  void exitCodeAndSeparateStreamsAreReported(Layers layers) {
    RunResult result = run(layers, "echo out; echo err >&2; exit 3");

    assertThat(result.termination()).isEqualTo(Termination.EXITED);
    assertThat(result.exitCode()).isEqualTo(3);
    assertThat(result.stdout()).isEqualTo("out\n");
    assertThat(result.stderr()).isEqualTo("err\n");
    assertThat(result.outputBytes()).isEqualTo(8);
  }

  @ParameterizedTest
  @EnumSource(Layers.class)
  void jvmThatDiesOfOutOfMemoryReachedTheMemoryLimit(Layers layers) {
    RunResult result =
        run(
            layers,
            "echo 'Exception in thread \"main\" java.lang.OutOfMemoryError: Java heap space' >&2;"
                + " exit 1");

    assertThat(result.termination()).isEqualTo(Termination.MEMORY_LIMIT);
    assertThat(result.exitCode()).isEqualTo(1);
  }

  @ParameterizedTest
  @EnumSource(Layers.class)
  void outOfMemoryThatTheProgramSurvivesIsANormalExit(Layers layers) {
    RunResult result = run(layers, "echo 'caught java.lang.OutOfMemoryError' >&2; exit 0");

    assertThat(result.exitedNormally()).isTrue();
  }

  @ParameterizedTest
  @EnumSource(Layers.class)
  void javaToolOptionsNoticeIsRemoved(Layers layers) {
    RunResult result =
        run(
            layers,
            "echo 'Picked up JAVA_TOOL_OPTIONS: -Xmx64m' >&2; echo real >&2;"
                + " echo 'Picked up JAVA_TOOL_OPTIONS: -Xmx64m'; echo answer");

    assertThat(result.stderr()).isEqualTo("real\n");
    assertThat(result.stdout()).isEqualTo("answer\n");
  }

  @ParameterizedTest
  @EnumSource(Layers.class)
  void environmentIsCleanedAndPointsIntoTheWorkFolder(Layers layers) {
    RunResult result =
        run(layers, "echo \"$HOME|$TMPDIR|$LANG\"; env | grep -c ^ ; touch \"$TMPDIR/x\"");

    String work = workDir.toAbsolutePath().toString();
    assertThat(result.exitedNormally()).isTrue();
    assertThat(result.stdout()).startsWith(work + "|" + work + "/tmp|C.UTF-8\n");
    assertThat(Integer.parseInt(result.stdout().lines().toList().get(1))).isLessThan(12);
  }

  @ParameterizedTest
  @EnumSource(Layers.class)
  void missingProgramIsAStartFailure(Layers layers) {
    RunRequest request =
        new RunRequest(
            List.of("no-such-program-anywhere"),
            workDir,
            List.of(),
            Map.of(),
            new byte[0],
            Duration.ofSeconds(1),
            1000,
            64,
            16,
            () -> Duration.ZERO);

    RunResult result = layers.sandbox().run(request);

    assertThat(result.termination()).isEqualTo(Termination.FAILED_TO_START);
    assertThat(result.stderr()).contains("no-such-program-anywhere");
  }
}
