package dev.grader.cli;

import dev.grader.GradeOptions;
import dev.grader.Grader;
import dev.grader.report.ClassSummary;
import dev.grader.sandbox.SandboxMode;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code grader grade <submissions>}: grades a whole class. */
@Command(
    name = "grade",
    mixinStandardHelpOptions = true,
    description = "Grades every student folder or .zip in SUBMISSIONS and writes JSON reports.")
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

  @Override
  public Integer call() {
    GradeOptions options =
        GradeOptions.forClass(submissions, RubricsOption.orDefault(rubrics), out)
            .withSandbox(sandbox)
            .withJobs(jobs == null ? GradeOptions.defaultJobs() : jobs)
            .withListener(new ProgressPrinter(spec.commandLine().getErr()));
    ClassSummary summary = Grader.grade(options);
    spec.commandLine()
        .getOut()
        .printf(
            "Graded %d students (%s); reports in %s%n",
            summary.students().size(), summary.isolation(), out.toAbsolutePath().normalize());
    return ExitCodes.OK;
  }
}
