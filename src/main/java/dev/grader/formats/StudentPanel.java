package dev.grader.formats;

import dev.grader.report.CheckResult;
import dev.grader.report.QuestionReport;
import dev.grader.report.RunReport;
import dev.grader.report.ScoreOverride;
import dev.grader.report.Scores;
import dev.grader.report.StudentReport;
import dev.grader.rubric.Visibility;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** A student's details: every question's checks, feedback, compiler errors and run. */
final class StudentPanel {
  private final Map<String, Template> templates;

  StudentPanel(Map<String, Template> templates) {
    this.templates = templates;
  }

  /** The id of the panel of the {@code index}th student, which the student table links to. */
  static String anchor(int index) {
    return "s-" + index;
  }

  void write(Writer out, int index, StudentReport report) throws IOException {
    List<Html> warnings = new ArrayList<>();
    for (String warning : report.warnings()) {
      warnings.add(templates.get("warning").render(Map.of("text", warning)));
    }
    List<Html> questions = new ArrayList<>();
    for (QuestionReport question : report.questions()) {
      questions.add(question(question));
    }
    templates
        .get("student")
        .render(
            out,
            Map.of(
                "anchor", anchor(index),
                "student", report.student(),
                "score", Scores.format(report.score()),
                "max", Scores.format(report.maxScore()),
                "warnings", Html.join(warnings),
                "questions", Html.join(questions)));
  }

  private Html question(QuestionReport question) {
    List<Html> checks = new ArrayList<>();
    for (CheckResult check : question.checks()) {
      checks.add(check(check));
    }
    List<Html> overrides = new ArrayList<>();
    for (ScoreOverride override : question.overrides()) {
      overrides.add(
          templates
              .get("override")
              .render(
                  Map.of(
                      "before", Scores.format(override.originalScore()),
                      "after", Scores.format(override.newScore()),
                      "source", override.source(),
                      "reason", override.reason())));
    }
    Html diagnostics =
        question.diagnostics().isEmpty()
            ? Html.EMPTY
            : templates
                .get("diagnostics")
                .render(Map.of("text", String.join("\n", question.diagnostics())));
    return templates
        .get("question")
        .render(
            Map.ofEntries(
                Map.entry("id", question.id()),
                Map.entry("title", orEmpty(question.title())),
                Map.entry("score", Scores.format(question.score())),
                Map.entry("max", Scores.format(question.maxScore())),
                Map.entry("status", question.status().wireName()),
                Map.entry("status_words", question.status().inWords()),
                Map.entry("found_in", orEmpty(question.foundIn())),
                Map.entry("overrides", Html.join(overrides)),
                Map.entry("checks", Html.join(checks)),
                Map.entry("diagnostics", diagnostics),
                Map.entry("run", question.run() == null ? Html.EMPTY : run(question.run()))));
  }

  private Html check(CheckResult check) {
    String outcome = check.passed() ? "passed" : check.score() > 0 ? "partial" : "failed";
    Html visibility =
        check.visibility() == Visibility.VISIBLE
            ? Html.EMPTY
            : templates
                .get("visibility")
                .render(Map.of("visibility", check.visibility().wireName()));
    Html comparison =
        check.expected() == null && check.actual() == null
            ? Html.EMPTY
            : templates
                .get("comparison")
                .render(
                    Map.of(
                        "expected", orEmpty(check.expected()),
                        "actual", orEmpty(check.actual())));
    return templates
        .get("check")
        .render(
            Map.of(
                "outcome", outcome,
                "name", check.name(),
                "visibility", visibility,
                "score", Scores.format(check.score()),
                "max", Scores.format(check.maxScore()),
                "feedback", check.feedback(),
                "comparison", comparison));
  }

  private Html run(RunReport run) {
    List<Html> streams = new ArrayList<>();
    stream(streams, "Standard output", run.stdout());
    stream(streams, "Standard error", run.stderr());
    return templates
        .get("run")
        .render(
            Map.of(
                "termination", orEmpty(run.termination()),
                "exit", run.exitCode() == null ? "" : " with exit code " + run.exitCode(),
                "wall", run.wallMs(),
                "cpu", run.cpuMs() == null ? "" : " (" + run.cpuMs() + " ms CPU)",
                "bytes", run.outputBytes(),
                "streams", Html.join(streams)));
  }

  private void stream(List<Html> streams, String name, String text) {
    if (text != null && !text.isEmpty()) {
      streams.add(templates.get("stream").render(Map.of("name", name, "text", text)));
    }
  }

  private static String orEmpty(String text) {
    return text == null ? "" : text;
  }
}
