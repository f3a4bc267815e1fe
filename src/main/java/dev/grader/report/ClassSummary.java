package dev.grader.report;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The whole class at a glance: {@code <out>/summary.json}.
 *
 * @param formatVersion version of this format; fields are only ever added
 * @param maxScore points available per student
 * @param questionMax points available per question id
 * @param isolation the sandbox layers used
 * @param students one row per student, in id order
 * @param timings where grading time went, summed over the class
 */
public record ClassSummary(
    int formatVersion,
    double maxScore,
    Map<String, Double> questionMax,
    String isolation,
    List<StudentTotal> students,
    ClassTimings timings) {
  public ClassSummary {
    questionMax = Map.copyOf(questionMax);
    students = List.copyOf(students);
    Objects.requireNonNull(timings, "timings");
  }

  /** Question ids in question order ({@code q2} before {@code q10}). */
  public List<String> questionIds() {
    return questionMax.keySet().stream()
        .sorted(Comparator.comparingInt(String::length).thenComparing(Comparator.naturalOrder()))
        .toList();
  }

  /**
   * One student's totals.
   *
   * @param questions score per question id
   * @param statuses status per question id
   * @param error set when the student could not be graded at all (the report says why)
   */
  public record StudentTotal(
      String student,
      double score,
      double maxScore,
      Map<String, Double> questions,
      Map<String, QuestionStatus> statuses,
      @com.fasterxml.jackson.annotation.JsonInclude(
              com.fasterxml.jackson.annotation.JsonInclude.Include.NON_NULL)
          String error) {}

  /**
   * Wall-clock time of the run and summed milliseconds per stage.
   *
   * @param cached how many questions were served from the cache instead of graded again
   */
  public record ClassTimings(
      long wallMs,
      long extractMs,
      long compileMs,
      long runMs,
      long checkMs,
      int cached,
      long waitMs) {}
}
