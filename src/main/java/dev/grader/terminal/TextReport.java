package dev.grader.terminal;

import dev.grader.report.CheckResult;
import dev.grader.report.HiddenChecks;
import dev.grader.report.QuestionReport;
import dev.grader.report.QuestionStatus;
import dev.grader.report.ScoreOverride;
import dev.grader.report.StudentReport;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A student's report as text for the terminal: per question the score and status, every check
 * passed or failed with its feedback, and for a failed output check the start of what was printed.
 * Expects a report already passed through {@link StudentView}; it shows every check it is given.
 */
public final class TextReport {
  private static final int WIDTH = 100;
  private static final String CHECK_INDENT = "    ";
  private static final int OUTPUT_LINES = 6;
  private static final int DIAGNOSTIC_LINES = 8;

  private final Style style;

  public TextReport(Style style) {
    this.style = style;
  }

  public String render(StudentReport report) {
    StringBuilder out = new StringBuilder();
    out.append(style.bold("Self-check of " + report.student())).append('\n');
    for (String warning : report.warnings()) {
      out.append(style.yellow("warning: ")).append(warning).append('\n');
    }
    for (QuestionReport question : report.questions()) {
      out.append('\n');
      question(out, question);
    }
    out.append('\n').append(total(report)).append('\n');
    return out.toString();
  }

  private void question(StringBuilder out, QuestionReport question) {
    String points = points(question.score()) + "/" + points(question.maxScore());
    out.append(style.bold(question.id().toUpperCase(Locale.ROOT) + "  " + question.title()))
        .append("  ")
        .append(style.score(points, question.score(), question.maxScore()));
    if (question.status() != QuestionStatus.GRADED) {
      out.append("  ").append(style.red("[" + statusText(question.status()) + "]"));
    }
    out.append('\n');
    if (question.foundIn() != null) {
      out.append("  ")
          .append(style.dim(label(question.status()) + question.foundIn()))
          .append('\n');
    }
    diagnostics(out, question.diagnostics());
    for (CheckResult check : question.checks()) {
      check(out, check);
    }
    HiddenChecks hidden = question.hidden();
    if (hidden != null) {
      out.append("  ")
          .append(
              style.dim(
                  "+ "
                      + hidden.checks()
                      + (hidden.checks() == 1 ? " hidden check" : " hidden checks")
                      + " worth "
                      + points(hidden.points())
                      + " points, graded after you hand in"))
          .append('\n');
    }
    for (ScoreOverride override : question.overrides()) {
      out.append("  ")
          .append(
              style.yellow(
                  "Score changed by hand from "
                      + points(override.originalScore())
                      + " to "
                      + points(override.newScore())
                      + ": "))
          .append(override.reason())
          .append('\n');
    }
  }

  private void check(StringBuilder out, CheckResult check) {
    out.append("  ")
        .append(check.passed() ? style.passMark() : style.failMark())
        .append(' ')
        .append(check.name())
        .append("  ")
        .append(
            style.score(
                points(check.score()) + "/" + points(check.maxScore()),
                check.score(),
                check.maxScore()))
        .append('\n');
    for (String line : wrap(check.feedback(), WIDTH - CHECK_INDENT.length())) {
      out.append(CHECK_INDENT).append(line).append('\n');
    }
    if (!check.passed() && check.actual() != null) {
      printed(out, check.actual());
    }
  }

  /** The first lines a failed output check read, so the student sees them next to the verdict. */
  private void printed(StringBuilder out, String actual) {
    List<String> lines = actual.isBlank() ? List.of() : List.of(actual.strip().split("\n", -1));
    if (lines.isEmpty()) {
      return;
    }
    out.append(CHECK_INDENT).append(style.dim("Your program printed:")).append('\n');
    for (String line : lines.subList(0, Math.min(OUTPUT_LINES, lines.size()))) {
      out.append(CHECK_INDENT).append(style.dim("| ")).append(line).append('\n');
    }
    if (lines.size() > OUTPUT_LINES) {
      out.append(CHECK_INDENT)
          .append(style.dim("| ... (" + (lines.size() - OUTPUT_LINES) + " more lines)"))
          .append('\n');
    }
  }

  private void diagnostics(StringBuilder out, List<String> diagnostics) {
    for (String line : diagnostics.subList(0, Math.min(DIAGNOSTIC_LINES, diagnostics.size()))) {
      out.append("  ").append(style.red(line)).append('\n');
    }
    if (diagnostics.size() > DIAGNOSTIC_LINES) {
      out.append("  ")
          .append(style.dim("... " + (diagnostics.size() - DIAGNOSTIC_LINES) + " more errors"))
          .append('\n');
    }
  }

  private String total(StudentReport report) {
    int hiddenChecks = 0;
    double hiddenPoints = 0;
    for (QuestionReport question : report.questions()) {
      if (question.hidden() != null) {
        hiddenChecks += question.hidden().checks();
        hiddenPoints += question.hidden().points();
      }
    }
    String total =
        style.bold("Total: ")
            + style.score(
                points(report.score()) + "/" + points(report.maxScore()),
                report.score(),
                report.maxScore());
    if (hiddenChecks == 0) {
      return total;
    }
    return total
        + " on the checks shown; "
        + hiddenChecks
        + (hiddenChecks == 1 ? " hidden check holds " : " hidden checks hold ")
        + points(hiddenPoints)
        + " more points";
  }

  private static String label(QuestionStatus status) {
    return status == QuestionStatus.NOT_FOUND ? "looked for: " : "found: ";
  }

  private static String statusText(QuestionStatus status) {
    return status.wireName().replace('_', ' ');
  }

  /**
   * Long feedback wrapped at word boundaries; lines that start indented (diffs) kept as they are.
   */
  static List<String> wrap(String text, int width) {
    List<String> lines = new ArrayList<>();
    for (String paragraph : text.split("\n", -1)) {
      if (paragraph.length() <= width || paragraph.startsWith(" ")) {
        lines.add(paragraph);
        continue;
      }
      StringBuilder line = new StringBuilder();
      for (String word : paragraph.split(" ")) {
        if (line.length() > 0 && line.length() + 1 + word.length() > width) {
          lines.add(line.toString());
          line.setLength(0);
        }
        if (line.length() > 0) {
          line.append(' ');
        }
        line.append(word);
      }
      lines.add(line.toString());
    }
    return lines;
  }

  static String points(double value) {
    return value == Math.rint(value) ? String.valueOf((long) value) : String.valueOf(value);
  }
}
