package dev.grader.formats;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.grader.report.ClassSummary;
import dev.grader.report.FileNames;
import dev.grader.report.Json;
import dev.grader.report.StudentReport;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GradescopeResultsTest {
  @TempDir static Path out;
  static ClassSummary summary;

  @BeforeAll
  static void writeTheSampleClassForGradescope() throws IOException {
    GradedSample.reportsIn(out);
    Formats.write(out, EnumSet.of(Format.GRADESCOPE));
    summary = Json.mapper().readValue(out.resolve("summary.json").toFile(), ClassSummary.class);
  }

  @Test
  void everyStudentsResultsMatchGradescopesDocumentedFormat() {
    assertThat(summary.students()).hasSizeGreaterThanOrEqualTo(10);
    for (ClassSummary.StudentTotal student : summary.students()) {
      assertThat(Schemas.violations(Schemas.GRADESCOPE, results(out, student.student()))).isEmpty();
    }
  }

  @Test
  void scoreIsTheStudentsTotalAndThereIsATestPerCheck() throws IOException {
    for (ClassSummary.StudentTotal student : summary.students()) {
      StudentReport report =
          Json.mapper()
              .readValue(
                  out.resolve(FileNames.safe(student.student()) + ".json").toFile(),
                  StudentReport.class);
      JsonNode results = Json.mapper().readTree(results(out, student.student()).toFile());

      assertThat(results.get("score").asDouble()).isEqualTo(report.score());
      int checks = report.questions().stream().mapToInt(q -> q.checks().size()).sum();
      assertThat(results.get("tests")).hasSize(checks);
    }
  }

  @Test
  void testsAreNumberedByQuestionAndCheckWithPassedOrFailed() throws IOException {
    JsonNode tests = Json.mapper().readTree(results(out, "erin-syntax").toFile()).get("tests");
    List<String> q5 = new ArrayList<>();
    for (JsonNode test : tests) {
      if (test.get("name").asText().startsWith("q5: ")) {
        q5.add(test.get("number").asText() + " " + test.get("status").asText());
      }
    }

    assertThat(q5).first().isEqualTo("5.1 failed");
    assertThat(q5).allMatch(t -> t.endsWith(" failed"));
    assertThat(tests.get(0).get("number").asText()).isEqualTo("1.1");
    assertThat(tests.get(0).get("status").asText()).isEqualTo("passed");
  }

  @Test
  void compilerErrorsAreInTheSubmissionOutput() throws IOException {
    JsonNode results = Json.mapper().readTree(results(out, "erin-syntax").toFile());

    assertThat(results.get("output").asText())
        .contains("q5 (0/10): Answer does not compile.")
        .contains("Q5.java:12");
  }

  @Test
  void visibilityIsGradescopesOwnAndOverridesAreExplained(@TempDir Path dir) throws IOException {
    HostileReport.writeInto(dir);
    Formats.write(dir, EnumSet.of(Format.GRADESCOPE));
    Path file = results(dir, HostileReport.STUDENT);

    assertThat(Schemas.violations(Schemas.GRADESCOPE, file)).isEmpty();
    JsonNode results = Json.mapper().readTree(file.toFile());
    List<String> visibilities = new ArrayList<>();
    results.get("tests").forEach(t -> visibilities.add(t.get("visibility").asText()));
    assertThat(visibilities).containsExactly("visible", "hidden", "after_due_date", "visible");
    assertThat(results.get("output").asText()).contains("Regraded: <b>typo</b> in the rubric");
    assertThat(results.get("execution_time").asLong()).isEqualTo(2);
    assertThat(results.get("tests").get(0).get("output").asText())
        .contains("Expected:\na\"b'c")
        .contains("Actual:\n" + HostileReport.CONTROL);
  }

  private static Path results(Path dir, String student) {
    return dir.resolve("gradescope").resolve(FileNames.safe(student)).resolve("results.json");
  }
}
