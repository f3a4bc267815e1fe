package dev.grader.terminal;

import dev.grader.report.CheckResult;
import dev.grader.report.HiddenChecks;
import dev.grader.report.QuestionReport;
import dev.grader.report.StudentReport;
import dev.grader.rubric.Visibility;
import java.util.ArrayList;
import java.util.List;

/**
 * The report a student may see: hidden checks are left out with their feedback and output, and only
 * their number and points remain. {@code after_due_date} checks count as hidden until the
 * instructor releases them.
 */
public final class StudentView {
  private StudentView() {}

  /**
   * @param afterDueDate whether {@code after_due_date} checks are shown
   */
  public static StudentReport of(StudentReport report, boolean afterDueDate) {
    List<QuestionReport> questions = new ArrayList<>();
    for (QuestionReport question : report.questions()) {
      questions.add(redact(question, afterDueDate));
    }
    return StudentReport.of(report.student(), report.isolation(), report.warnings(), questions);
  }

  static boolean shown(Visibility visibility, boolean afterDueDate) {
    return switch (visibility) {
      case VISIBLE -> true;
      case HIDDEN -> false;
      case AFTER_DUE_DATE -> afterDueDate;
    };
  }

  private static QuestionReport redact(QuestionReport question, boolean afterDueDate) {
    List<CheckResult> shown = new ArrayList<>();
    int hiddenCount = 0;
    double hiddenScore = 0;
    double hiddenMax = 0;
    for (CheckResult check : question.checks()) {
      if (shown(check.visibility(), afterDueDate)) {
        shown.add(check);
      } else {
        hiddenCount++;
        hiddenScore += check.score();
        hiddenMax += check.maxScore();
      }
    }
    if (hiddenCount == 0) {
      return question;
    }
    // Taking the hidden checks' points off the question (not re-adding the shown ones) keeps any
    // manual override in the score the student sees.
    double score = Math.max(0, question.score() - hiddenScore);
    return question.withChecks(
        shown, score, question.maxScore() - hiddenMax, new HiddenChecks(hiddenCount, hiddenMax));
  }
}
