package dev.grader.report;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.Objects;

/**
 * Everything graded for one student: {@code <out>/<student>.json}.
 *
 * @param formatVersion version of this report format; fields are only ever added
 * @param student the student's id
 * @param score total points
 * @param maxScore total points available
 * @param isolation the sandbox layers the programs ran under ({@code unsandboxed} when none)
 * @param warnings problems met while reading the submission
 * @param questions one per rubric, in question order
 */
public record StudentReport(
    int formatVersion,
    String student,
    double score,
    double maxScore,
    String isolation,
    @JsonInclude(JsonInclude.Include.NON_EMPTY) List<String> warnings,
    List<QuestionReport> questions) {
  public static final int FORMAT_VERSION = 1;

  public StudentReport {
    Objects.requireNonNull(student, "student");
    warnings = warnings == null ? List.of() : List.copyOf(warnings);
    questions = List.copyOf(questions);
    score = Scores.round(score);
    maxScore = Scores.round(maxScore);
  }

  /** Sums the questions into a report. */
  public static StudentReport of(
      String student, String isolation, List<String> warnings, List<QuestionReport> questions) {
    double score = questions.stream().mapToDouble(QuestionReport::score).sum();
    double max = questions.stream().mapToDouble(QuestionReport::maxScore).sum();
    return new StudentReport(FORMAT_VERSION, student, score, max, isolation, warnings, questions);
  }
}
