package dev.grader.grading;

import dev.grader.analysis.AvoidsGrader;
import dev.grader.analysis.CodeSearch;
import dev.grader.analysis.UsesGrader;
import dev.grader.compile.CompileResult;
import dev.grader.extract.Answer;
import dev.grader.output.Excerpt;
import dev.grader.output.OutputMatch;
import dev.grader.output.OutputMatcher;
import dev.grader.report.CheckResult;
import dev.grader.report.QuestionReport;
import dev.grader.report.QuestionStatus;
import dev.grader.report.StageTimings;
import dev.grader.rubric.CheckSpec;
import dev.grader.rubric.MatchMode;
import dev.grader.rubric.Rubric;
import dev.grader.sandbox.RunResult;
import dev.grader.sandbox.Termination;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Grades one code answer: static checks on the source, then compile, run in the sandbox, and judge
 * output and instructor tests. Every check yields a result, so a failure early on still explains
 * each point lost.
 */
final class CodeQuestionGrader {
  private final GradingServices services;

  CodeQuestionGrader(GradingServices services) {
    this.services = services;
  }

  QuestionReport grade(Rubric rubric, Answer.Code answer, Path workDir, long extractMs) {
    long start = System.nanoTime();
    CodeSearch search = CodeSearch.of(answer.sources());
    Path classes = workDir.resolve("classes");
    long compileStart = System.nanoTime();
    CompileResult compiled = services.compiler().compile(answer.sources(), classes, List.of());
    long compileMs = compiled.elapsed().toMillis();
    long waitMs = Math.max(0, Millis.since(compileStart) - compileMs);

    ProgramRun run = null;
    long runMs = 0;
    boolean runnable = compiled.success() && answer.mainClass() != null;
    if (runnable && needsRun(rubric)) {
      long runStart = System.nanoTime();
      run = services.runner().run(rubric, answer.mainClass(), classes, workDir);
      runMs = Millis.since(runStart);
    }
    JUnitOutcomes tests = JUnitOutcomes.NONE;
    if (runnable && hasJUnit(rubric)) {
      long testStart = System.nanoTime();
      tests = services.tests().run(rubric, answer.mainClass(), classes, workDir);
      runMs += Millis.since(testStart);
    }

    QuestionStatus status = status(compiled, answer, run);
    List<CheckResult> results = new ArrayList<>();
    for (CheckSpec check : rubric.checks()) {
      results.addAll(judge(check, search, compiled, answer, run, tests));
    }
    long checkMs = Math.max(0, Millis.since(start) - compileMs - runMs - waitMs);
    return new QuestionReport(
        rubric.id(),
        rubric.title(),
        results.stream().mapToDouble(CheckResult::score).sum(),
        rubric.maxScore(),
        status,
        answer.foundIn(),
        results,
        compiled.diagnostics().stream().map(Object::toString).toList(),
        run == null ? null : run.report(),
        new StageTimings(extractMs, compileMs, runMs, checkMs, waitMs));
  }

  private static boolean needsRun(Rubric rubric) {
    return rubric.checks().stream().anyMatch(c -> c.needsRun() && !(c instanceof CheckSpec.JUnit));
  }

  private static boolean hasJUnit(Rubric rubric) {
    return !rubric.junitChecks().isEmpty();
  }

  private static QuestionStatus status(CompileResult compiled, Answer.Code answer, ProgramRun run) {
    if (!compiled.success()) {
      return QuestionStatus.COMPILE_ERROR;
    }
    if (answer.mainClass() == null) {
      return QuestionStatus.NO_MAIN;
    }
    return run == null ? QuestionStatus.GRADED : run.status();
  }

  private List<CheckResult> judge(
      CheckSpec check,
      CodeSearch search,
      CompileResult compiled,
      Answer.Code answer,
      ProgramRun run,
      JUnitOutcomes tests) {
    if (check instanceof CheckSpec.Uses uses) {
      return List.of(Verdicts.of(uses, UsesGrader.grade(uses, search)));
    }
    if (check instanceof CheckSpec.Avoids avoids) {
      return List.of(Verdicts.of(avoids, AvoidsGrader.grade(avoids, search)));
    }
    if (check instanceof CheckSpec.Compiles compiles) {
      return List.of(compiles(compiles, compiled));
    }
    if (check instanceof CheckSpec.Runs runs) {
      return List.of(runs(runs, compiled, answer, run));
    }
    if (check instanceof CheckSpec.Output output) {
      return List.of(output(output, compiled, answer, run));
    }
    if (check instanceof CheckSpec.JUnit junit) {
      return junit(junit, compiled, answer, tests);
    }
    // Rubric validation keeps concept checks out of code questions.
    throw new IllegalStateException("check " + check.name() + " does not fit a code question");
  }

  private static CheckResult compiles(CheckSpec.Compiles check, CompileResult compiled) {
    if (compiled.success()) {
      return Verdicts.full(check, "The answer compiles.");
    }
    String first = compiled.diagnostics().isEmpty() ? "" : ": " + compiled.diagnostics().get(0);
    return Verdicts.zero(check, "The answer does not compile" + first);
  }

  /** Why a check that needs the program's run could not be judged, or null when it ran. */
  private static String blocked(CompileResult compiled, Answer.Code answer, ProgramRun run) {
    if (!compiled.success()) {
      return "Not run: the answer does not compile.";
    }
    if (answer.mainClass() == null) {
      return "Not run: no class has a 'public static void main(String[] args)' method.";
    }
    if (run == null) {
      return "Not run.";
    }
    return null;
  }

  private static CheckResult runs(
      CheckSpec.Runs check, CompileResult compiled, Answer.Code answer, ProgramRun run) {
    String blocked = blocked(compiled, answer, run);
    if (blocked != null) {
      return Verdicts.zero(check, blocked);
    }
    if (run.result().termination() == Termination.EXITED
        && run.result().exitCode() == check.exitCode()) {
      return Verdicts.full(
          check, "The program ran to completion (exit code " + check.exitCode() + ").");
    }
    return Verdicts.zero(check, run.explanation());
  }

  private static CheckResult output(
      CheckSpec.Output check, CompileResult compiled, Answer.Code answer, ProgramRun run) {
    String blocked = blocked(compiled, answer, run);
    if (blocked != null) {
      return Verdicts.zero(check, blocked);
    }
    RunResult result = run.result();
    String actual =
        check.stream() == dev.grader.rubric.OutputStream.STDOUT ? result.stdout() : result.stderr();
    OutputMatch match = OutputMatcher.match(check, actual);
    String feedback =
        match.passed()
            ? "The output matches (" + check.match().wireName() + ")."
            : failFeedback(check, match, run);
    return new CheckResult(
        check.name(),
        match.passed() ? check.points() : 0,
        check.points(),
        feedback,
        check.visibility(),
        check.match() == MatchMode.TOKENS_ONCE
            ? String.join(" ", check.tokens())
            : check.expected(),
        Excerpt.of(actual, ProgramRun.EXCERPT_CHARS));
  }

  private static String failFeedback(CheckSpec.Output check, OutputMatch match, ProgramRun run) {
    StringBuilder feedback = new StringBuilder(match.detail());
    if (!run.result().exitedNormally()) {
      feedback.append(" (").append(run.explanation()).append(')');
    }
    if (check.feedback() != null) {
      feedback.append(' ').append(check.feedback());
    }
    return feedback.toString();
  }

  private static List<CheckResult> junit(
      CheckSpec.JUnit junit, CompileResult compiled, Answer.Code answer, JUnitOutcomes tests) {
    if (!compiled.success() || answer.mainClass() == null) {
      String reason =
          !compiled.success()
              ? "Not tested: the answer does not compile."
              : "Not tested: no class has a 'public static void main(String[] args)' method.";
      return Verdicts.zeros(junit, reason);
    }
    return tests.results(junit);
  }
}
