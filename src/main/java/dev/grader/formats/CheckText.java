package dev.grader.formats;

import dev.grader.report.CheckResult;
import dev.grader.report.QuestionReport;
import dev.grader.report.QuestionStatus;
import dev.grader.report.ScoreOverride;
import dev.grader.report.Scores;

/** Plain-text wording of checks and questions shared by the text-based formats. */
final class CheckText {
  private CheckText() {}

  static String points(double score, double max) {
    return Scores.format(score) + "/" + Scores.format(max);
  }

  /** The check's feedback followed, for output checks, by what was expected and what came. */
  static String details(CheckResult check) {
    StringBuilder text = new StringBuilder(check.feedback());
    if (check.expected() != null) {
      text.append("\n\nExpected:\n").append(check.expected());
    }
    if (check.actual() != null) {
      text.append("\n\nActual:\n").append(check.actual());
    }
    return text.toString();
  }

  /** What went wrong with a question as a whole: its status, compiler errors and overrides. */
  static String questionNotes(QuestionReport question) {
    StringBuilder text = new StringBuilder();
    if (question.status() != QuestionStatus.GRADED) {
      text.append("Answer ").append(question.status().inWords()).append('.');
      if (question.foundIn() != null) {
        text.append(" (").append(question.foundIn()).append(')');
      }
      text.append('\n');
    }
    for (String diagnostic : question.diagnostics()) {
      text.append("  ").append(diagnostic).append('\n');
    }
    for (ScoreOverride override : question.overrides()) {
      text.append("Score changed by the instructor from ")
          .append(Scores.format(override.originalScore()))
          .append(" to ")
          .append(Scores.format(override.newScore()))
          .append(" (")
          .append(override.source())
          .append("): ")
          .append(override.reason())
          .append('\n');
    }
    return text.toString();
  }
}
