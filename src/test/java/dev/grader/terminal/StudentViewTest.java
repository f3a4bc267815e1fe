package dev.grader.terminal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.grader.report.CheckResult;
import dev.grader.report.QuestionReport;
import dev.grader.report.QuestionStatus;
import dev.grader.report.StudentReport;
import dev.grader.rubric.Visibility;
import java.util.List;
import org.junit.jupiter.api.Test;

class StudentViewTest {
  private static final StudentReport REPORT =
      StudentReport.of(
          "ann",
          "unsandboxed",
          List.of(),
          List.of(
              new QuestionReport(
                  "q6",
                  "Four processes",
                  5,
                  10,
                  QuestionStatus.GRADED,
                  "Q6.java",
                  List.of(
                      CheckResult.of("Compiles", 2, 2, "The answer compiles.", Visibility.VISIBLE),
                      new CheckResult(
                          "Secret output",
                          0,
                          4,
                          "Missing: 3",
                          Visibility.HIDDEN,
                          "1 2 3 4",
                          "1 2 4"),
                      CheckResult.of("Late", 3, 4, "Most of it.", Visibility.AFTER_DUE_DATE)),
                  List.of(),
                  null,
                  null)));

  @Test
  void hiddenChecksLeaveOnlyTheirCountAndPointsAndAreOffTheScore() {
    QuestionReport q6 = StudentView.of(REPORT, false).questions().get(0);

    assertThat(q6.checks()).extracting(CheckResult::name).containsExactly("Compiles");
    assertThat(q6.hidden().checks()).isEqualTo(2);
    assertThat(q6.hidden().points()).isEqualTo(8);
    assertThat(q6.score()).isEqualTo(2);
    assertThat(q6.maxScore()).isEqualTo(2);
  }

  @Test
  void afterDueDateChecksAppearOnceReleased() {
    StudentReport released = StudentView.of(REPORT, true);
    QuestionReport q6 = released.questions().get(0);

    assertThat(q6.checks()).extracting(CheckResult::name).containsExactly("Compiles", "Late");
    assertThat(q6.hidden().checks()).isEqualTo(1);
    assertThat(released.score()).isEqualTo(5);
    assertThat(released.maxScore()).isEqualTo(6);
  }

  @Test
  void reportWithoutHiddenChecksIsUnchanged() {
    StudentReport visible =
        StudentReport.of(
            "bo",
            "unsandboxed",
            List.of(),
            List.of(
                new QuestionReport(
                    "q1",
                    "T",
                    2,
                    2,
                    QuestionStatus.GRADED,
                    null,
                    List.of(CheckResult.of("A", 2, 2, "ok", Visibility.VISIBLE)),
                    List.of(),
                    null,
                    null)));

    assertThat(StudentView.of(visible, false)).isEqualTo(visible);
  }
}
