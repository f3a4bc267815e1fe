package dev.grader.kit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.grader.GraderException;
import dev.grader.rubric.Rubric;
import dev.grader.rubric.RubricLoader;
import dev.grader.rubric.RubricSet;
import dev.grader.rubric.Visibility;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StudentKitTest {
  private static final Path RUBRICS = Path.of("rubrics");

  @TempDir Path tmp;

  @Test
  void kitHasNoHiddenCheckNoHiddenTestSourceAndNoSolution() throws IOException {
    Path kit = tmp.resolve("kit");

    StudentKit.Contents contents = StudentKit.publish(RUBRICS, kit);

    assertThat(contents.checksRemoved()).containsExactly("q5: Instructor tests");
    assertThat(contents.testsWithheld()).containsExactly("Q5PoolThreadsTest");
    assertThat(kit.resolve("tests/Q5PoolTest.java")).exists();
    assertThat(kit.resolve("tests/Q5PoolThreadsTest.java")).doesNotExist();
    assertThat(kit.resolve("solutions")).doesNotExist();
    assertThat(kit.resolve("rubric.schema.json")).exists();
    String q5 = Files.readString(kit.resolve("q5.yaml"));
    assertThat(q5).doesNotContain("runsWorkOnPoolThreads").doesNotContain("# Hidden");
    RubricSet loaded = new RubricLoader().loadAll(kit);
    assertThat(loaded.rubrics())
        .flatExtracting(Rubric::checks)
        .allMatch(check -> check.visibility() == Visibility.VISIBLE);
    assertThat(loaded.rubrics().get(4).maxScore()).isEqualTo(8);
  }

  @Test
  void keptRubricsAreCopiedWordForWord() throws IOException {
    Path kit = tmp.resolve("kit");

    StudentKit.publish(RUBRICS, kit);

    assertThat(Files.readString(kit.resolve("q3.yaml")))
        .isEqualTo(Files.readString(RUBRICS.resolve("q3.yaml")));
  }

  @Test
  void aFolderWithFilesIsNotOverwritten() throws IOException {
    Files.writeString(tmp.resolve("notes.txt"), "mine");

    assertThatThrownBy(() -> StudentKit.publish(RUBRICS, tmp))
        .isInstanceOf(GraderException.class)
        .hasMessageContaining("is not empty");
  }

  @Test
  void cuttingTheLastCheckKeepsTheRestOfTheFile() {
    String rubric = "id: q1\nchecks:\n  - type: a\n  # secret\n  - type: b\n    x: 1\nrun: {}\n";

    assertThat(HiddenCheckLines.without(rubric, i -> i == 1))
        .isEqualTo("id: q1\nchecks:\n  - type: a\nrun: {}\n");
  }
}
