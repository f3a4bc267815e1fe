package dev.grader.formats;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The JSON reports match the schemas published in {@code docs/schema/}. */
class ReportSchemaTest {
  @TempDir static Path out;

  @BeforeAll
  static void gradeTheSampleClass() {
    GradedSample.reportsIn(out);
  }

  @Test
  void everySampleStudentReportMatchesThePublishedSchema() throws IOException {
    List<Path> reports = studentReports(out);
    assertThat(reports).hasSizeGreaterThanOrEqualTo(10);
    for (Path report : reports) {
      assertThat(Schemas.violations(Schemas.STUDENT_REPORT, report)).isEmpty();
    }
  }

  @Test
  void sampleSummaryMatchesThePublishedSchema() {
    assertThat(Schemas.violations(Schemas.SUMMARY, out.resolve("summary.json"))).isEmpty();
  }

  @Test
  void reportWithWarningsOverridesAndEveryVisibilityMatchesTheSchema(@TempDir Path dir) {
    HostileReport.writeInto(dir);

    assertThat(Schemas.violations(Schemas.STUDENT_REPORT, onlyStudentReport(dir))).isEmpty();
    assertThat(Schemas.violations(Schemas.SUMMARY, dir.resolve("summary.json"))).isEmpty();
  }

  @Test
  void goldenReportShapesMatchTheSchemas() {
    Path golden = Path.of("src/test/resources/report-shape");
    assertThat(Schemas.violations(Schemas.STUDENT_REPORT, golden.resolve("student-report.json")))
        .isEmpty();
    assertThat(Schemas.violations(Schemas.SUMMARY, golden.resolve("summary.json"))).isEmpty();
  }

  @Test
  void schemaRejectsARenamedField(@TempDir Path dir) throws IOException {
    Path renamed = dir.resolve("renamed.json");
    Files.writeString(
        renamed,
        Files.readString(out.resolve("alice-model.json")).replace("\"max_score\"", "\"maxScore\""));

    assertThat(Schemas.violations(Schemas.STUDENT_REPORT, renamed)).isNotEmpty();
  }

  private static Path onlyStudentReport(Path dir) {
    List<Path> reports = studentReports(dir);
    assertThat(reports).hasSize(1);
    return reports.get(0);
  }

  private static List<Path> studentReports(Path dir) {
    try (Stream<Path> files = Files.list(dir)) {
      return files
          .filter(f -> f.toString().endsWith(".json"))
          .filter(f -> !f.getFileName().toString().equals("summary.json"))
          .sorted()
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
