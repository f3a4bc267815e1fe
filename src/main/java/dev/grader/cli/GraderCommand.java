package dev.grader.cli;

import picocli.CommandLine.Command;

/** The top-level command: its subcommands do the work. */
@Command(
    name = "grader",
    mixinStandardHelpOptions = true,
    versionProvider = Version.class,
    description = "Grades Java programming and short-answer assignments against YAML rubrics.",
    subcommands = {GradeCommand.class, CheckCommand.class, ValidateCommand.class, KitCommand.class},
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:grading ran (whatever the scores); validate: every rubric is sound",
      "1:grader fault (broken rubric, unreadable folder); validate: a rubric has problems",
      "2:usage error",
      "3:score below --fail-under"
    })
final class GraderCommand implements Runnable {
  @picocli.CommandLine.Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    throw new picocli.CommandLine.ParameterException(
        spec.commandLine(),
        "missing command: use 'grade', 'check', 'validate' or 'kit' (try --help)");
  }
}
