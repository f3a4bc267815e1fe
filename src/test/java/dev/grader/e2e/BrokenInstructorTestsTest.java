package dev.grader.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.grader.GradeOptions;
import dev.grader.Grader;
import dev.grader.GraderException;
import dev.grader.testing.Trees;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The instructor's tests compile while the first students are graded; when they are broken the run
 * stops with the compiler's errors and writes no report, not even for students without code.
 */
class BrokenInstructorTestsTest {
  @TempDir Path temp;

  @Test
  void testsThatDoNotCompileStopTheRunBeforeAnyReport() throws IOException {
    Path rubrics = temp.resolve("rubrics");
    Trees.copy(Path.of("rubrics"), rubrics);
    Path test = rubrics.resolve("tests/Q5PoolTest.java");
    Files.writeString(test, Files.readString(test).replaceFirst("assert", "asert"));
    Path submissions = temp.resolve("class");
    Trees.copy(Path.of("submissions-sample/alice-model"), submissions.resolve("alice-model"));
    Trees.copy(Path.of("submissions-sample/ivan-notes"), submissions.resolve("ivan-notes"));
    Path out = Files.createDirectories(temp.resolve("reports"));

    assertThatThrownBy(() -> Grader.grade(GradeOptions.forClass(submissions, rubrics, out)))
        .isInstanceOf(GraderException.class)
        .hasMessageStartingWith("instructor tests do not compile:")
        .hasMessageContaining("Q5PoolTest.java");
    try (Stream<Path> written = Files.list(out)) {
      assertThat(written).noneMatch(file -> file.toString().endsWith(".json"));
    }
  }

  @Test
  void missingTestClassStopsTheRunAtOnceSayingWhereItWasExpected() throws IOException {
    Path rubrics = temp.resolve("rubrics");
    Trees.copy(Path.of("rubrics"), rubrics);
    Files.delete(rubrics.resolve("tests/Q5PoolTest.java"));
    Path submissions = temp.resolve("class");
    Trees.copy(Path.of("submissions-sample/ivan-notes"), submissions.resolve("ivan-notes"));

    assertThatThrownBy(
            () -> Grader.grade(GradeOptions.forClass(submissions, rubrics, temp.resolve("out"))))
        .isInstanceOf(GraderException.class)
        .hasMessageContaining("test class Q5PoolTest named by a rubric is missing")
        .hasMessageContaining("tests/Q5PoolTest.java");
  }
}
