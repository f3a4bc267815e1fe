package dev.grader.cli;

import dev.grader.GradeOptions;
import dev.grader.Grader;
import dev.grader.grading.GradingListener;
import dev.grader.grading.WorkDirs;
import dev.grader.report.StudentReport;
import dev.grader.sandbox.SandboxMode;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicReference;

/** Grades one hand-in and returns its full report, leaving no file behind. */
final class OneStudent {
  private OneStudent() {}

  /**
   * Grades into a scratch folder that is then deleted, without a cache: the full report holds
   * hidden checks' feedback, so callers decide what of it is written where.
   */
  static StudentReport grade(Path submission, Path rubrics, SandboxMode sandbox) {
    AtomicReference<StudentReport> graded = new AtomicReference<>();
    GradingListener capture =
        new GradingListener() {
          @Override
          public void finished(StudentReport report) {
            graded.set(report);
          }
        };
    Path scratch = WorkDirs.createRoot();
    try {
      Grader.grade(
          new GradeOptions(submission, true, rubrics, scratch, sandbox, 1, capture, null, false));
    } finally {
      WorkDirs.delete(scratch);
    }
    return graded.get();
  }
}
