package dev.grader.cli;

import dev.grader.GradeOptions;
import dev.grader.Grader;
import dev.grader.formats.Format;
import dev.grader.formats.Formats;
import dev.grader.report.ClassSummary;
import dev.grader.report.Counts;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code grader grade <submissions>}: grades a whole class. */
@Command(
    name = "grade",
    mixinStandardHelpOptions = true,
    description =
        "Grades every student folder or .zip in SUBMISSIONS and writes JSON reports, an HTML"
            + " report and a CSV gradebook (see --format).")
final class GradeCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(
      paramLabel = "SUBMISSIONS",
      description = "Folder with one folder or .zip per student.")
  Path submissions;

  @Mixin RubricsOption rubrics;

  @Option(
      names = "--out",
      paramLabel = "DIR",
      defaultValue = "reports",
      description = "Where reports are written (default: ${DEFAULT-VALUE}).")
  Path out;

  @Option(
      names = "--jobs",
      paramLabel = "N",
      description =
          "Programs computing at once (default: twice the number of cores); a program that only"
              + " waits hands its slot on, and eight students per slot are in progress; 1 grades"
              + " one student and one question at a time.")
  Integer jobs;

  @Mixin SandboxOption sandbox;

  @Option(
      names = "--overrides",
      paramLabel = "FILE",
      description =
          "Manual score changes (student, question, points or delta, reason) applied after"
              + " grading and recorded in the reports (default: none).")
  Path overrides;

  @Option(
      names = "--fail-under",
      paramLabel = "SCORE",
      description = "Exit with code 3 when any student's total is below SCORE points.")
  Double failUnder;

  @Option(
      names = "--no-cache",
      description =
          "Grade every answer again instead of reusing results of unchanged answers (the fresh"
              + " results are kept for the next run).")
  boolean noCache;

  private Set<Format> formats = Format.parse(List.of());

  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      split = ",",
      description =
          "Reports to write besides the JSON ones: html, csv, junit, gradescope, json or all;"
              + " repeat or separate with commas (default: json,html,csv).")
  void formats(List<String> names) {
    try {
      formats = Format.parse(names);
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), e.getMessage());
    }
  }

  @Override
  public Integer call() {
    GradeOptions options =
        GradeOptions.forClass(submissions, rubrics.dir(), out)
            .withSandbox(sandbox.mode)
            .withCache(!noCache)
            .withJobs(jobs == null ? GradeOptions.defaultJobs() : jobs)
            .withListener(ProgressPrinter.forTerminal(spec.commandLine().getErr()))
            .withOverrides(overrides);
    ClassSummary summary = Grader.grade(options);
    List<Path> written = Formats.write(out, formats);
    PrintWriter stdout = spec.commandLine().getOut();
    stdout.printf(
        "Graded %s (%s); reports in %s%n",
        Counts.of(summary.students().size(), "student"),
        summary.isolation(),
        out.toAbsolutePath().normalize());
    written.forEach(path -> stdout.printf("  %s%n", path.toAbsolutePath().normalize()));
    return belowThreshold(summary);
  }

  private int belowThreshold(ClassSummary summary) {
    List<String> below =
        summary.students().stream()
            .filter(s -> Thresholds.exitCode(failUnder, s.score()) != ExitCodes.OK)
            .map(s -> s.student() + " (" + ProgressPrinter.fmt(s.score()) + ")")
            .toList();
    if (below.isEmpty()) {
      return ExitCodes.OK;
    }
    spec.commandLine()
        .getErr()
        .printf(
            "grader: %d below --fail-under %s: %s%n",
            below.size(), ProgressPrinter.fmt(failUnder), String.join(", ", below));
    return ExitCodes.BELOW_THRESHOLD;
  }
}
