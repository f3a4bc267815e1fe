package dev.grader.report;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.Objects;

/**
 * One question of a student's report.
 *
 * @param id {@code q1}..{@code q6}
 * @param title the rubric's title
 * @param score points given, the sum of the checks' scores
 * @param maxScore points the question holds
 * @param status what happened to the answer
 * @param foundIn where the answer was found, or what was looked for when it was not
 * @param checks every check with its points and feedback
 * @param diagnostics compiler errors as {@code file:line: message}
 * @param run how the program ran, for code answers that ran
 * @param timings milliseconds per stage
 * @param hidden in a report for the student: the checks left out because they are hidden
 * @param overrides manual changes of the score after grading, in the order applied
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record QuestionReport(
    String id,
    String title,
    double score,
    double maxScore,
    QuestionStatus status,
    String foundIn,
    List<CheckResult> checks,
    List<String> diagnostics,
    RunReport run,
    StageTimings timings,
    HiddenChecks hidden,
    List<ScoreOverride> overrides) {
  public QuestionReport {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(status, "status");
    checks = List.copyOf(checks);
    diagnostics = diagnostics == null ? List.of() : List.copyOf(diagnostics);
    overrides = overrides == null ? List.of() : List.copyOf(overrides);
    score = Scores.round(score);
    maxScore = Scores.round(maxScore);
  }

  /** A report as grading makes it: nothing hidden, no override. */
  public QuestionReport(
      String id,
      String title,
      double score,
      double maxScore,
      QuestionStatus status,
      String foundIn,
      List<CheckResult> checks,
      List<String> diagnostics,
      RunReport run,
      StageTimings timings) {
    this(
        id, title, score, maxScore, status, foundIn, checks, diagnostics, run, timings, null, null);
  }

  /** This report with other checks and scores, everything else kept. */
  public QuestionReport withChecks(
      List<CheckResult> newChecks, double newScore, double newMax, HiddenChecks newHidden) {
    return new QuestionReport(
        id,
        title,
        newScore,
        newMax,
        status,
        foundIn,
        newChecks,
        diagnostics,
        run,
        timings,
        newHidden,
        overrides);
  }

  /** This report with its score changed by hand, the change recorded. */
  public QuestionReport withOverride(ScoreOverride override) {
    List<ScoreOverride> all = new java.util.ArrayList<>(overrides);
    all.add(override);
    return new QuestionReport(
        id,
        title,
        override.newScore(),
        maxScore,
        status,
        foundIn,
        checks,
        diagnostics,
        run,
        timings,
        hidden,
        all);
  }

  /** The same result with other timings, such as those of a run that served it from a cache. */
  public QuestionReport withTimings(StageTimings newTimings) {
    return new QuestionReport(
        id,
        title,
        score,
        maxScore,
        status,
        foundIn,
        checks,
        diagnostics,
        run,
        newTimings,
        hidden,
        overrides);
  }

  @Override
  @JsonInclude(JsonInclude.Include.ALWAYS)
  public double score() {
    return score;
  }

  @Override
  @JsonInclude(JsonInclude.Include.ALWAYS)
  public double maxScore() {
    return maxScore;
  }

  @Override
  @JsonInclude(JsonInclude.Include.ALWAYS)
  public List<CheckResult> checks() {
    return checks;
  }
}
