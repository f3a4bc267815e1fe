package dev.grader.cli;

import dev.grader.GraderException;
import dev.grader.report.CheckResult;
import dev.grader.report.QuestionReport;
import dev.grader.report.StudentReport;
import dev.grader.rubric.RubricLoader;
import dev.grader.validate.RubricSchema;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code grader validate [<rubrics>]}: checks every rubric against the published schema and the
 * loader's own rules, then grades the reference solution ({@code <rubrics>/solutions/}), which must
 * get full marks on every question.
 */
@Command(
    name = "validate",
    mixinStandardHelpOptions = true,
    description = {
      "Checks rubrics against rubric.schema.json, then grades the reference solution in"
          + " RUBRICS/solutions, which must get full marks.",
      "Exit code 0 when all is well, 1 otherwise."
    })
final class ValidateCommand implements Callable<Integer> {
  private static final String RUBRIC_FILE = "q[1-9][0-9]*\\.ya?ml";

  @Spec CommandSpec spec;

  @Parameters(
      paramLabel = "RUBRICS",
      arity = "0..1",
      description = "Rubric folder (default: the rubrics shipped with the grader).")
  Path rubrics;

  @Mixin SandboxOption sandbox;

  @Override
  public Integer call() {
    Path dir = RubricsOption.orDefault(rubrics);
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    List<String> problems = schemaProblems(dir);
    if (problems.isEmpty()) {
      try {
        new RubricLoader().loadAll(dir);
      } catch (GraderException e) {
        problems.add(e.getMessage());
      }
    }
    if (!problems.isEmpty()) {
      problems.forEach(err::println);
      err.printf("%d problem%s in %s%n", problems.size(), problems.size() == 1 ? "" : "s", dir);
      return ExitCodes.GRADER_FAULT;
    }
    out.printf("Rubrics in %s match the schema.%n", dir);
    Path solutions = dir.resolve("solutions");
    if (!Files.isDirectory(solutions)) {
      err.printf(
          "%s: no reference solution; put one there (as a student would hand it in)%n", solutions);
      return ExitCodes.GRADER_FAULT;
    }
    out.printf("Grading the reference solution in %s%n", solutions);
    StudentReport report = OneStudent.grade(solutions, dir, sandbox.mode);
    boolean allFull = true;
    for (QuestionReport question : report.questions()) {
      allFull &= printQuestion(out, question);
    }
    if (!allFull) {
      err.println(
          "The reference solution does not get full marks: fix the rubric or the solution.");
      return ExitCodes.GRADER_FAULT;
    }
    out.println("The reference solution gets full marks.");
    return ExitCodes.OK;
  }

  private static boolean printQuestion(PrintWriter out, QuestionReport question) {
    boolean full = question.score() >= question.maxScore();
    out.printf(
        "  %-4s %s/%s  %s%n",
        question.id(),
        ProgressPrinter.fmt(question.score()),
        ProgressPrinter.fmt(question.maxScore()),
        full ? "ok" : "NOT FULL MARKS (" + question.status().wireName() + ")");
    for (CheckResult check : question.checks()) {
      if (!check.passed()) {
        out.printf("       %s: %s%n", check.name(), check.feedback());
      }
    }
    return full;
  }

  private static List<String> schemaProblems(Path dir) {
    List<String> problems = new ArrayList<>();
    if (!Files.isDirectory(dir)) {
      problems.add(dir + ": no such rubric folder");
      return problems;
    }
    RubricSchema schema = RubricSchema.load();
    try (Stream<Path> files = Files.list(dir)) {
      files
          .filter(f -> f.getFileName().toString().matches(RUBRIC_FILE))
          .sorted()
          .forEach(f -> problems.addAll(schema.problems(f)));
    } catch (IOException e) {
      problems.add(dir + ": cannot list: " + e.getMessage());
    }
    return problems;
  }
}
