package dev.grader.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class JvmLaunchTest {

  @TempDir Path workDir;

  @Test
  void commandUsesTheGraderJdkWithMemoryAndStartupFlags() {
    JvmLaunch launch = JvmLaunch.ofGraderJdk(96);

    List<String> command =
        launch.command(List.of(workDir.resolve("classes")), "Main", List.of("arg"));

    assertThat(command.get(0))
        .isEqualTo(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    assertThat(command)
        .contains("-Xmx96m", "-XX:MaxMetaspaceSize=128m", "-Xss1024k")
        .containsAll(JvmLaunch.STARTUP_FLAGS)
        .containsSubsequence("-cp", workDir.resolve("classes").toString(), "Main", "arg")
        .endsWith("arg");
  }

  @Test
  void serialCollectorOnlyWhereItMapsTheArchivedHeap() {
    assertThat(JvmLaunch.startupFlags(17))
        .contains("-XX:TieredStopAtLevel=1")
        .doesNotContain("-XX:+UseSerialGC");
    assertThat(JvmLaunch.startupFlags(18)).contains("-XX:+UseSerialGC");
    assertThat(JvmLaunch.startupFlags(25)).contains("-XX:+UseSerialGC");
  }

  @Test
  void noSharingOptionThatWouldStopAJvmMappingAnAheadOfTimeCache() {
    assertThat(JvmLaunch.startupFlags(25)).noneMatch(flag -> flag.startsWith("-Xshare"));
  }

  @Test
  void environmentCarriesTheFlagsToJvmsTheProgramStarts() {
    assertThat(JvmLaunch.ofGraderJdk(96).environment())
        .containsOnlyKeys("JAVA_TOOL_OPTIONS")
        .extractingByKey("JAVA_TOOL_OPTIONS")
        .asString()
        .contains("-Xmx96m", "-XX:TieredStopAtLevel=1");
  }

  @Test
  void archiveReachesTheProgramAndTheJvmsItStarts() {
    Path archive = workDir.resolve("programs.jsa");
    JvmLaunch launch = JvmLaunch.ofGraderJdk(96).withArchive(Optional.of(archive));

    String mapping = "-XX:SharedArchiveFile=" + archive.toAbsolutePath();
    assertThat(launch.command(List.of(workDir), "Main", List.of())).contains(mapping);
    assertThat(launch.environment().get("JAVA_TOOL_OPTIONS")).contains(mapping, "-Xlog:cds=off");
    assertThat(JvmLaunch.ofGraderJdk(96).command(List.of(workDir), "Main", List.of()))
        .noneMatch(flag -> flag.startsWith("-XX:SharedArchiveFile"));
  }

  @Test
  void archiveInAFolderWithSpacesOrQuotesIsLeftOutOfTheToolOptions() {
    JvmLaunch launch =
        JvmLaunch.ofGraderJdk(96).withArchive(Optional.of(workDir.resolve("my cache/p.jsa")));
    JvmLaunch quoted =
        JvmLaunch.ofGraderJdk(96).withArchive(Optional.of(workDir.resolve("o'brien/p.jsa")));

    assertThat(launch.archive()).isEmpty();
    assertThat(quoted.archive()).isEmpty();
    assertThat(launch.environment().get("JAVA_TOOL_OPTIONS")).doesNotContain("SharedArchiveFile");
  }

  @Test
  void initialHeapIsSmallButNeverAboveTheLimit() {
    assertThat(JvmLaunch.ofGraderJdk(256).memoryFlags()).contains("-Xms64m", "-Xmx256m");
    assertThat(JvmLaunch.ofGraderJdk(32).memoryFlags()).contains("-Xms32m", "-Xmx32m");
    assertThat(JvmLaunch.ofGraderJdk(256).withWholeHeap().memoryFlags())
        .contains("-Xms256m", "-Xmx256m");
    // A JVM the program starts with a smaller -Xmx of its own must still start.
    assertThat(JvmLaunch.ofGraderJdk(256).environment().get("JAVA_TOOL_OPTIONS"))
        .doesNotContain("-Xms");
  }

  @Test
  void treeBudgetCoversEveryJvmWithItsOverhead() {
    assertThat(
            new JvmLaunch(Path.of("/jdk"), 100, 64, 50, 20, 512, Optional.empty()).treeMemoryMb(3))
        .isEqualTo(3 * (100 + 50 + 20 + 64));
  }

  @ParameterizedTest
  @EnumSource(
      value = Layers.class,
      names = {"FALLBACK", "BUBBLEWRAP_CGROUP"})
  @Timeout(3)
  void grandchildJvmStartedByNameGetsTheHeapLimitAndNoNotice(Layers layers) {
    JvmLaunch launch = JvmLaunch.ofGraderJdk(96);
    RunRequest request =
        new RunRequest(
            List.of(
                "sh", "-c", "java -XX:+PrintCommandLineFlags -version && java -Xmx32m -version"),
            workDir,
            List.of(),
            launch.environment(),
            new byte[0],
            Duration.ofSeconds(2),
            100_000,
            launch.treeMemoryMb(1),
            64,
            () -> Duration.ZERO);

    RunResult result = layers.sandbox().run(request);

    assertThat(result.exitedNormally()).as(result.stderr()).isTrue();
    assertThat(result.stdout()).contains("-XX:MaxHeapSize=" + 96L * 1024 * 1024);
    assertThat(result.stderr()).contains("version").doesNotContain("Picked up");
  }
}
