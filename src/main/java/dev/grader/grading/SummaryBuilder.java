package dev.grader.grading;

import dev.grader.report.ClassSummary;
import dev.grader.report.ClassSummary.ClassTimings;
import dev.grader.report.ClassSummary.StudentTotal;
import dev.grader.report.QuestionReport;
import dev.grader.report.QuestionStatus;
import dev.grader.report.StageTimings;
import dev.grader.report.StudentReport;
import dev.grader.rubric.Rubric;
import dev.grader.rubric.RubricSet;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Collects the class summary as students finish, keeping only totals so memory stays flat however
 * large the class. Thread-safe.
 */
final class SummaryBuilder {
  private final RubricSet rubrics;
  private final String isolation;
  private final List<StudentTotal> totals = new ArrayList<>();
  private long extractMs;
  private long compileMs;
  private long runMs;
  private long checkMs;
  private long waitMs;

  SummaryBuilder(RubricSet rubrics, String isolation) {
    this.rubrics = rubrics;
    this.isolation = isolation;
  }

  synchronized void add(StudentReport report) {
    Map<String, Double> scores = new LinkedHashMap<>();
    Map<String, QuestionStatus> statuses = new LinkedHashMap<>();
    for (QuestionReport question : report.questions()) {
      scores.put(question.id(), question.score());
      statuses.put(question.id(), question.status());
      StageTimings t = question.timings();
      if (t != null) {
        extractMs += t.extractMs();
        compileMs += t.compileMs();
        runMs += t.runMs();
        checkMs += t.checkMs();
        waitMs += t.waitMs();
      }
    }
    totals.add(
        new StudentTotal(
            report.student(), report.score(), report.maxScore(), scores, statuses, null));
  }

  /**
   * @param cached questions served from the cache, whose timings count only their extraction
   */
  synchronized ClassSummary build(long wallMs, int cached) {
    Map<String, Double> questionMax = new LinkedHashMap<>();
    for (Rubric rubric : rubrics.rubrics()) {
      questionMax.put(rubric.id(), rubric.maxScore());
    }
    List<StudentTotal> sorted = new ArrayList<>(totals);
    sorted.sort(Comparator.comparing(StudentTotal::student));
    return new ClassSummary(
        dev.grader.report.StudentReport.FORMAT_VERSION,
        rubrics.maxScore(),
        questionMax,
        isolation,
        sorted,
        new ClassTimings(wallMs, extractMs, compileMs, runMs, checkMs, cached, waitMs));
  }
}
