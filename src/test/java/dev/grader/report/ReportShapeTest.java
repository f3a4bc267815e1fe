package dev.grader.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.grader.rubric.Visibility;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Locks the JSON shape of reports: gradebooks, CI and dashboards read these fields by name, so a
 * change here must be deliberate (add fields, bump the format version, never rename).
 */
class ReportShapeTest {
  private static final Path GOLDEN = Path.of("src/test/resources/report-shape");

  @Test
  void studentReportKeepsItsFieldNames() throws Exception {
    CheckResult passed =
        CheckResult.of("Compiles", 2, 2, "The answer compiles.", Visibility.VISIBLE);
    CheckResult output =
        new CheckResult(
            "Prints the squares",
            0,
            2,
            "Expected [1, 4, 9, 16, 25].",
            Visibility.HIDDEN,
            "[1, 4, 9, 16, 25]",
            "1 4 9 16 25\n");
    QuestionReport q5 =
        new QuestionReport(
            "q5",
            "A pool of 4 workers computes squares",
            2,
            4,
            QuestionStatus.CRASHED,
            "Q5.java",
            List.of(passed, output),
            List.of(),
            new RunReport("exited", 1, 120, 90L, "1 4 9 16 25\n", "", 12, List.of()),
            new StageTimings(1, 40, 120, 2, 3));
    QuestionReport q1 =
        new QuestionReport(
            "q1",
            "What multiprocessing is",
            0,
            10,
            QuestionStatus.NOT_FOUND,
            "no Q1 heading",
            List.of(CheckResult.of("Several processes", 0, 10, "No answer.", Visibility.VISIBLE)),
            List.of(),
            null,
            new StageTimings(1, 0, 0, 0));
    StudentReport report =
        StudentReport.of("alice", "bubblewrap", List.of("skipped slides.pdf"), List.of(q1, q5));

    assertMatchesGolden(report, "student-report.json");
  }

  @Test
  void summaryKeepsItsFieldNames() throws Exception {
    ClassSummary summary =
        new ClassSummary(
            StudentReport.FORMAT_VERSION,
            14,
            Map.of("q1", 10.0, "q5", 4.0),
            "unsandboxed",
            List.of(
                new ClassSummary.StudentTotal(
                    "alice",
                    2,
                    14,
                    Map.of("q1", 0.0, "q5", 2.0),
                    Map.of("q1", QuestionStatus.NOT_FOUND, "q5", QuestionStatus.CRASHED),
                    null)),
            new ClassSummary.ClassTimings(1500, 2, 40, 120, 2, 0, 3));

    assertMatchesGolden(summary, "summary.json");
  }

  private static void assertMatchesGolden(Object value, String golden) throws Exception {
    String actual = Json.mapper().writeValueAsString(value) + "\n";
    Path file = GOLDEN.resolve(golden);
    if (Boolean.getBoolean("grader.updateGolden")) {
      Files.writeString(file, actual);
    }
    assertThat(actual).isEqualTo(Files.readString(file));
  }
}
