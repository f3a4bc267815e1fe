package dev.grader.validate;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class RubricSchemaTest {
  private static final RubricSchema SCHEMA = RubricSchema.load();
  private static final Path ERRORS = Path.of("src/test/resources/rubric-errors");

  @Test
  void everyShippedRubricConformsAndNamesTheSchemaForEditors() throws IOException {
    try (Stream<Path> files = Files.list(Path.of("rubrics"))) {
      for (Path rubric : files.filter(f -> f.toString().endsWith(".yaml")).toList()) {
        assertThat(SCHEMA.problems(rubric)).as(rubric.toString()).isEmpty();
        assertThat(Files.readString(rubric))
            .startsWith("# yaml-language-server: $schema=rubric.schema.json\n");
      }
    }
  }

  @Test
  void theValidFixtureConforms() {
    assertThat(SCHEMA.problems(ERRORS.resolve("valid.yaml"))).isEmpty();
  }

  @Test
  void unknownCheckTypePointsAtTheType() {
    assertThat(SCHEMA.problems(ERRORS.resolve("unknown-check-type.yaml")))
        .singleElement()
        .asString()
        .startsWith(ERRORS.resolve("unknown-check-type.yaml") + ":9:11: ")
        .contains("enumeration");
  }

  @Test
  void missingRequiredFieldPointsAtTheCheck() {
    assertThat(SCHEMA.problems(ERRORS.resolve("missing-field.yaml")))
        .singleElement()
        .asString()
        .startsWith(ERRORS.resolve("missing-field.yaml") + ":9:5: ")
        .contains("'missing'");
  }

  @Test
  void checkOfTheWrongKindIsRefused() {
    assertThat(SCHEMA.problems(ERRORS.resolve("check-of-wrong-kind.yaml")))
        .anyMatch(p -> p.contains(":5:11: ") && p.contains("concept"));
  }

  @Test
  void badValuesAndUnknownFieldsAreEachReportedWhereTheyAre() {
    Path broken = Path.of("src/test/resources/validate/broken/q1.yaml");

    assertThat(SCHEMA.problems(broken))
        .anyMatch(p -> p.startsWith(broken + ":7:13: ") && p.contains("points"))
        .anyMatch(p -> p.startsWith(broken + ":10:13: ") && p.contains("colour"));
  }

  @Test
  void yamlThatDoesNotParseIsOneProblemWithItsPosition() {
    assertThat(SCHEMA.problems(ERRORS.resolve("broken-yaml.yaml")))
        .singleElement()
        .asString()
        .startsWith(ERRORS.resolve("broken-yaml.yaml") + ":")
        .doesNotContain("\n");
  }
}
