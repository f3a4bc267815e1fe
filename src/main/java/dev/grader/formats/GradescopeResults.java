package dev.grader.formats;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonValue;
import dev.grader.report.AtomicFiles;
import dev.grader.report.CheckResult;
import dev.grader.report.FileNames;
import dev.grader.report.Json;
import dev.grader.report.QuestionReport;
import dev.grader.report.StageTimings;
import dev.grader.report.StudentReport;
import dev.grader.rubric.Visibility;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * {@code gradescope/<student>/results.json} in Gradescope's autograder results format: the total
 * score (overrides included), the run time, a text summary of each question's problems, and a test
 * per check numbered {@code <question>.<check>} with the check's visibility as Gradescope's own.
 */
final class GradescopeResults implements FormatWriter {
  private final Path dir;

  GradescopeResults(Path dir) throws IOException {
    this.dir = Files.createDirectories(dir);
  }

  @Override
  public void student(int index, StudentReport report) throws IOException {
    Path file = dir.resolve(FileNames.safe(report.student())).resolve("results.json");
    AtomicFiles.write(file, Json.mapper().writeValueAsBytes(Results.of(report)));
  }

  @Override
  public Path finish() {
    return dir;
  }

  /** The whole file. {@code execution_time} is in whole seconds, as Gradescope wants. */
  record Results(
      double score, long executionTime, String output, String outputFormat, List<Test> tests) {
    static Results of(StudentReport report) {
      List<Test> tests = new ArrayList<>();
      StringBuilder output = new StringBuilder();
      long millis = 0;
      for (int q = 0; q < report.questions().size(); q++) {
        QuestionReport question = report.questions().get(q);
        for (int c = 0; c < question.checks().size(); c++) {
          tests.add(Test.of(question, question.checks().get(c), (q + 1) + "." + (c + 1)));
        }
        String notes = CheckText.questionNotes(question);
        if (!notes.isEmpty()) {
          output
              .append(question.id())
              .append(" (")
              .append(CheckText.points(question.score(), question.maxScore()))
              .append("): ")
              .append(notes);
        }
        StageTimings timings = question.timings();
        millis += timings == null ? 0 : timings.totalMs();
      }
      report.warnings().forEach(w -> output.append("Warning: ").append(w).append('\n'));
      return new Results(
          report.score(), (millis + 999) / 1000, output.toString(), "text", List.copyOf(tests));
    }
  }

  /** One check as a Gradescope test. */
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  record Test(
      String name,
      String number,
      double score,
      double maxScore,
      Status status,
      String output,
      Visibility visibility) {
    static Test of(QuestionReport question, CheckResult check, String number) {
      return new Test(
          question.id() + ": " + check.name(),
          number,
          check.score(),
          check.maxScore(),
          check.passed() ? Status.PASSED : Status.FAILED,
          CheckText.details(check),
          check.visibility());
    }

    @Override
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public double score() {
      return score;
    }
  }

  /** Gradescope shows a test as passed (green) or failed (red). */
  enum Status {
    PASSED,
    FAILED;

    @JsonValue
    String wireName() {
      return name().toLowerCase(Locale.ROOT);
    }
  }
}
