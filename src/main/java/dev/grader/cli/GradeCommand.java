package dev.grader.cli;

import dev.grader.GradeOptions;
import dev.grader.Grader;
import dev.grader.formats.Format;
import dev.grader.formats.Formats;
import dev.grader.report.ClassSummary;
import dev.grader.sandbox.SandboxMode;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
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

  @Option(
      names = "--rubrics",
      paramLabel = "DIR",
      description = "Rubric folder (default: the rubrics shipped with the grader).")
  Path rubrics;

  @Option(
      names = "--out",
      paramLabel = "DIR",
      defaultValue = "reports",
      description = "Where reports are written (default: ${DEFAULT-VALUE}).")
  Path out;

  @Option(
      names = "--jobs",
      paramLabel = "N",
      description = "Students graded at once (default: the number of cores).")
  Integer jobs;

  @Option(
      names = "--sandbox",
      paramLabel = "MODE",
      defaultValue = "auto",
      converter = SandboxModeConverter.class,
      description = "auto (strongest available), bubblewrap (required) or none.")
  SandboxMode sandbox;

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
        GradeOptions.forClass(submissions, RubricsOption.orDefault(rubrics), out)
            .withSandbox(sandbox)
            .withJobs(jobs == null ? GradeOptions.defaultJobs() : jobs)
            .withListener(new ProgressPrinter(spec.commandLine().getErr()));
    ClassSummary summary = Grader.grade(options);
    List<Path> written = Formats.write(out, formats);
    PrintWriter stdout = spec.commandLine().getOut();
    stdout.printf(
        "Graded %d students (%s); reports in %s%n",
        summary.students().size(), summary.isolation(), out.toAbsolutePath().normalize());
    written.forEach(path -> stdout.printf("  %s%n", path.toAbsolutePath().normalize()));
    return ExitCodes.OK;
  }
}
