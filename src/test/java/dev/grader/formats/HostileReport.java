package dev.grader.formats;

import dev.grader.report.CheckResult;
import dev.grader.report.ClassSummary;
import dev.grader.report.QuestionReport;
import dev.grader.report.QuestionStatus;
import dev.grader.report.ReportWriter;
import dev.grader.report.RunReport;
import dev.grader.report.ScoreOverride;
import dev.grader.report.StageTimings;
import dev.grader.report.StudentReport;
import dev.grader.rubric.Visibility;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * A one-student class whose every piece of student text tries to break out of the format it lands
 * in, with hidden and after-due-date checks and an instructor override.
 */
final class HostileReport {
  static final String STUDENT = "=1+1<img src=x onerror=alert(1)>";
  static final String SCRIPT = "</pre></td><script>alert('feedback')</script>";
  static final String CONTROL = "ok\u0000\u0007\u001b[31mred\u001b[0m ]]> & \uD800 done";

  private HostileReport() {}

  static StudentReport report() {
    QuestionReport q1 =
        new QuestionReport(
            "q1",
            "Title with <b>markup</b> & \"quotes\"",
            1,
            4,
            QuestionStatus.CRASHED,
            "Q1.java",
            List.of(
                new CheckResult("Prints <it>", 0, 2, SCRIPT, Visibility.VISIBLE, "a\"b'c", CONTROL),
                CheckResult.of(
                    "Secret edge case", 1, 1, "Passed the hidden test.", Visibility.HIDDEN),
                CheckResult.of(
                    "Style review", 0, 1, "Read after the due date.", Visibility.AFTER_DUE_DATE)),
            List.of("Q1.java:3: <error> & \"more\""),
            new RunReport("exited", 1, 120, 80L, CONTROL, SCRIPT, 64, List.of()),
            new StageTimings(1, 2, 1500, 4),
            null,
            List.of(
                new ScoreOverride(
                    0, 1, "Regraded: <b>typo</b> in the rubric", "overrides.yaml:3")));
    QuestionReport q2 =
        new QuestionReport(
            "q2",
            "Unanswered",
            0,
            6,
            QuestionStatus.NOT_FOUND,
            null,
            List.of(CheckResult.of("Explains", 0, 6, "No answer was found.", Visibility.VISIBLE)),
            List.of(),
            null,
            null);
    return StudentReport.of(STUDENT, "unsandboxed", List.of("skipped <evil>.exe"), List.of(q1, q2));
  }

  /** Writes the report and its summary into {@code out} as grading would. */
  static Path writeInto(Path out) {
    StudentReport report = report();
    ReportWriter writer = new ReportWriter(out);
    writer.write(report);
    writer.write(
        new ClassSummary(
            StudentReport.FORMAT_VERSION,
            report.maxScore(),
            Map.of("q1", 4.0, "q2", 6.0),
            "unsandboxed",
            List.of(
                new ClassSummary.StudentTotal(
                    STUDENT,
                    report.score(),
                    report.maxScore(),
                    Map.of("q1", 1.0, "q2", 0.0),
                    Map.of("q1", QuestionStatus.CRASHED, "q2", QuestionStatus.NOT_FOUND),
                    null)),
            new ClassSummary.ClassTimings(2000, 1, 2, 1500, 4, 0, 0)));
    return out;
  }
}
