package dev.grader.cli;

import dev.grader.report.ReportWriter;
import dev.grader.report.StudentReport;
import dev.grader.terminal.StudentView;
import dev.grader.terminal.Style;
import dev.grader.terminal.TextReport;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code grader check <my-folder>}: a student grades their own hand-in before handing it in and
 * reads the result in the terminal. Hidden checks stay hidden, in the terminal and in the JSON.
 */
@Command(
    name = "check",
    mixinStandardHelpOptions = true,
    description = {
      "Grades one hand-in (a folder or .zip) and prints what each check found.",
      "Hidden checks are not shown: only how many there are and the points they hold."
    })
final class CheckCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(paramLabel = "FOLDER", description = "Your hand-in: a folder or a .zip.")
  Path submission;

  @Mixin RubricsOption rubrics;

  @Option(
      names = "--out",
      paramLabel = "DIR",
      description =
          "Where the JSON report is written (default: grader-check in the temporary folder).")
  Path out;

  @Mixin SandboxOption sandbox;

  @Option(names = "--no-color", description = "Plain text even on a terminal.")
  boolean noColour;

  @Option(
      names = "--after-due-date",
      description = "Also show the checks marked after_due_date (once grades are released).")
  boolean afterDueDate;

  @Option(
      names = "--fail-under",
      paramLabel = "SCORE",
      description = "Exit with code 3 when the score shown is below SCORE points.")
  Double failUnder;

  @Override
  public Integer call() {
    StudentReport full = OneStudent.grade(submission, rubrics.dir(), sandbox.mode);
    StudentReport shown = StudentView.of(full, afterDueDate);
    ReportWriter writer = new ReportWriter(reportDir());
    writer.write(shown);
    PrintWriter stdout = spec.commandLine().getOut();
    stdout.print(new TextReport(Style.detect(noColour)).render(shown));
    stdout.printf("JSON report: %s%n", writer.studentFile(shown.student()));
    stdout.flush();
    int code = Thresholds.exitCode(failUnder, shown.score());
    if (code != ExitCodes.OK) {
      spec.commandLine()
          .getErr()
          .printf(
              "grader: score %s is below --fail-under %s%n",
              ProgressPrinter.fmt(shown.score()), ProgressPrinter.fmt(failUnder));
    }
    return code;
  }

  private Path reportDir() {
    return out != null ? out : Path.of(System.getProperty("java.io.tmpdir"), "grader-check");
  }
}
