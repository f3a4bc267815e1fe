package dev.grader.grading;

import dev.grader.extract.Answer;
import dev.grader.report.CheckResult;
import dev.grader.report.QuestionReport;
import dev.grader.report.QuestionStatus;
import dev.grader.report.StageTimings;
import dev.grader.rubric.CheckSpec;
import dev.grader.rubric.Rubric;
import dev.grader.text.ConceptGrader;
import java.util.List;

/** Grades a free-text answer against the concepts of its rubric. */
final class TextQuestionGrader {
  private final ConceptGrader concepts;

  TextQuestionGrader(ConceptGrader concepts) {
    this.concepts = concepts;
  }

  QuestionReport grade(Rubric rubric, Answer.Text answer, long extractMs) {
    long start = System.nanoTime();
    List<CheckResult> results =
        rubric.checks().stream()
            .map(check -> (CheckSpec.Concept) check)
            .map(check -> Verdicts.of(check, concepts.grade(check, answer.text())))
            .toList();
    return new QuestionReport(
        rubric.id(),
        rubric.title(),
        results.stream().mapToDouble(CheckResult::score).sum(),
        rubric.maxScore(),
        QuestionStatus.GRADED,
        answer.foundIn(),
        results,
        List.of(),
        null,
        new StageTimings(extractMs, 0, 0, Millis.since(start)));
  }
}
