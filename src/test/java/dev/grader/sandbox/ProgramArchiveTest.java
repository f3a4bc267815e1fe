package dev.grader.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Makes the student programs' start-up archive and maps it, inside the sandbox too. */
class ProgramArchiveTest {
  private static final JvmLaunch LAUNCH = JvmLaunch.ofGraderJdk(128);
  private static final String LOADED_FROM_ARCHIVE =
      "java.lang.ProcessBuilder source: shared objects file (top)";

  @TempDir static Path shared;

  private static Path archive;

  @BeforeAll
  static void makeArchive() {
    archive = ProgramArchive.write(LAUNCH, shared.resolve("cache").resolve("programs.jsa")).get();
  }

  @Test
  void trialLeavesOnlyTheArchive() throws IOException {
    assertThat(archive).isRegularFile();
    try (var entries = Files.list(archive.getParent())) {
      assertThat(entries).containsExactly(archive);
    }
  }

  @Test
  void existingArchiveIsReadyAtOnce() {
    ProgramArchive found = ProgramArchive.start(LAUNCH, archive, Runnable::run);

    assertThat(found.ready()).contains(archive);
  }

  @Test
  void archiveThatCannotBeWrittenMeansNoArchive() throws IOException {
    Path notAFolder = Files.writeString(shared.resolve("file"), "");

    ProgramArchive failed =
        ProgramArchive.start(LAUNCH, notAFolder.resolve("programs.jsa"), Runnable::run);
    failed.await();

    assertThat(failed.ready()).isEmpty();
    assertThat(ProgramArchive.none().ready()).isEmpty();
  }

  /**
   * The trainer itself, from a class folder other than the one the archive was made in, stands for
   * a student's program: -Xshare:on makes a JVM that cannot map the archive fail.
   */
  @ParameterizedTest
  @EnumSource(
      value = Layers.class,
      names = {"FALLBACK", "BUBBLEWRAP_CGROUP"})
  void programAndTheJvmsItStartsMapTheArchiveFromAnyClassFolder(Layers layers) throws Exception {
    JvmLaunch launch = LAUNCH.withArchive(Optional.of(archive));
    Path classes = classFolderOf(TypicalProgram.class);
    Path workDir = Files.createDirectories(shared.resolve("run-" + layers));
    List<String> command = new ArrayList<>(launch.command(List.of(classes), "Main", List.of()));
    command.set(command.indexOf("Main"), TypicalProgram.class.getName());
    command.addAll(1, List.of("-Xshare:on", "-Xlog:class+load=info:stdout"));
    RunRequest request =
        new RunRequest(
            command,
            workDir,
            List.of(classes, archive),
            Map.of(
                "JAVA_TOOL_OPTIONS", launch.environment().get("JAVA_TOOL_OPTIONS") + " -Xshare:on"),
            new byte[0],
            Duration.ofSeconds(20),
            10_000_000,
            launch.treeMemoryMb(3),
            256,
            () -> Duration.ZERO);

    RunResult result = layers.sandbox().run(request);

    assertThat(result.exitedNormally()).as(result.stderr()).isTrue();
    assertThat(result.stdout())
        .contains(LOADED_FROM_ARCHIVE)
        .contains("child 1 is process", "child 2 is process", "[1, 4, 9, 16, 25]");
  }

  /** The build's class folder, which the tests run from. */
  private static Path classFolderOf(Class<?> type) throws URISyntaxException {
    Path location = Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI());
    assertThat(location).isDirectory();
    return location;
  }
}
