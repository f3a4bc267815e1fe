package dev.grader.junit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.jar.JarFile;
import java.util.zip.ZipEntry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ChildJarsTest {
  @TempDir Path dir;

  @Test
  void runnerJarHoldsTheRunnerAndJUnitAndNothingElseOfTheGrader() throws IOException {
    Path jar = dir.resolve("runner.jar");

    ChildJars.runner(JUnitClasspath.forChild(), jar);

    List<String> names = names(jar);
    assertThat(names)
        .contains(
            "dev/grader/junit/TestMain.class",
            "org/junit/platform/launcher/core/LauncherFactory.class",
            "org/junit/jupiter/engine/JupiterTestEngine.class",
            "org/junit/jupiter/api/Test.class",
            "org/opentest4j/AssertionFailedError.class",
            "org/apiguardian/api/API.class")
        .allMatch(name -> ChildJars.RUNNER_CONTENT.stream().anyMatch(name::startsWith))
        .doesNotHaveDuplicates();
  }

  @Test
  void firstOfTwoEntriesOfTheSameNameWinsAsOnAClassPath() throws IOException {
    Path first = Files.createDirectories(dir.resolve("first/org/junit"));
    Files.writeString(first.resolve("A.class"), "first");
    Path second = Files.createDirectories(dir.resolve("second/org/junit"));
    Files.writeString(second.resolve("A.class"), "second");
    Files.writeString(second.resolve("B.class"), "only here");
    Files.writeString(dir.resolve("second/Other.class"), "not the runner's");
    Path jar = dir.resolve("runner.jar");

    ChildJars.runner(List.of(dir.resolve("first"), dir.resolve("second")), jar);

    assertThat(names(jar)).containsExactlyInAnyOrder("org/junit/A.class", "org/junit/B.class");
    try (JarFile read = new JarFile(jar.toFile())) {
      assertThat(read.getInputStream(read.getEntry("org/junit/A.class")).readAllBytes())
          .asString()
          .isEqualTo("first");
    }
  }

  private static List<String> names(Path jar) throws IOException {
    try (JarFile read = new JarFile(jar.toFile())) {
      return read.stream().map(ZipEntry::getName).toList();
    }
  }
}
