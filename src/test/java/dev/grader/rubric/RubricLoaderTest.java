package dev.grader.rubric;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.grader.GraderException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RubricLoaderTest {
  private static final Path ERRORS = Path.of("src/test/resources/rubric-errors");

  private final RubricLoader loader = new RubricLoader();

  @Test
  void readsEveryCheckKindWithDefaults() {
    Rubric rubric = loader.load(ERRORS.resolve("valid.yaml"));

    assertThat(rubric.id()).isEqualTo("q3");
    assertThat(rubric.run().timeout()).isEqualTo(Duration.ofSeconds(5));
    assertThat(rubric.run().memoryMb()).isEqualTo(256);
    assertThat(rubric.checks())
        .extracting(CheckSpec::name)
        .containsExactly("Compiles", "Creates an OS process", "prints", "tests");
    CheckSpec.Uses uses = (CheckSpec.Uses) rubric.checks().get(1);
    assertThat(uses.alternatives().get(0).pattern().calls())
        .containsExactly("ProcessBuilder.start", "Runtime.exec");
    CheckSpec.JUnit junit = (CheckSpec.JUnit) rubric.checks().get(3);
    assertThat(junit.tests().keySet()).containsExactly("a", "b");
    assertThat(rubric.maxScore()).isEqualTo(2 + 4 + 2 + 3.5);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "unknown-match-mode.yaml|:23:12: |token_once",
        "unknown-check-type.yaml|:9:11: |unknown check type 'usez'; use one of: compiles, uses",
        "missing-field.yaml|:9:5: |missing 'missing'",
        "bad-duration.yaml|:5:12: |write it like 10s, 500ms or 2m",
        "check-of-wrong-kind.yaml|:5:5: |does not fit a text question",
        "missing-points.yaml|:5:5: |'points' must be a positive number",
        "broken-yaml.yaml|:2:8: |",
      })
  void brokenRubricStopsWithFileLineAndWhatIsWrong(String file, String position, String message) {
    assertThatThrownBy(() -> loader.load(ERRORS.resolve(file)))
        .isInstanceOf(GraderException.class)
        .hasMessageStartingWith(ERRORS.resolve(file) + position.strip())
        .hasMessageContaining(message == null ? "" : message);
  }

  @Test
  void rubricIdMustMatchItsFileName(@TempDir Path dir) throws Exception {
    Files.copy(ERRORS.resolve("valid.yaml"), dir.resolve("q4.yaml"));

    assertThatThrownBy(() -> loader.loadAll(dir))
        .isInstanceOf(GraderException.class)
        .hasMessageContaining("id 'q3' does not match the file name q4");
  }

  @Test
  void missingFolderSaysWhatToPass(@TempDir Path dir) {
    assertThatThrownBy(() -> loader.loadAll(dir.resolve("nope")))
        .isInstanceOf(GraderException.class)
        .hasMessageContaining("rubric folder not found")
        .hasMessageContaining("--rubrics DIR");
  }

  @Test
  void folderWithoutRubricsSaysHowToNameThem(@TempDir Path dir) {
    assertThatThrownBy(() -> loader.loadAll(dir))
        .isInstanceOf(GraderException.class)
        .hasMessageContaining("expected files named q1.yaml");
  }
}
