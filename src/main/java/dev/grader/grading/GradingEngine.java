package dev.grader.grading;

import dev.grader.cache.GraderBuild;
import dev.grader.cache.ResultCache;
import dev.grader.compile.JavaCompilerService;
import dev.grader.extract.AnswerExtractor;
import dev.grader.rubric.AnswerKind;
import dev.grader.rubric.RubricSet;
import dev.grader.rubric.RunSpec;
import dev.grader.sandbox.JvmLaunch;
import dev.grader.sandbox.ProgramArchive;
import dev.grader.sandbox.Sandbox;
import dev.grader.text.ConceptGrader;
import dev.grader.text.ConceptMatcher;
import java.nio.file.Path;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;

/** Wires the stages into a {@link StudentGrader}, once per grading run. */
public final class GradingEngine {
  /**
   * Runs the questions of the students being graded. Unbounded because the students graded at once
   * bound it (each waits for its own questions); daemon threads, so that an idle pool never keeps
   * the JVM alive.
   */
  private static final Executor QUESTIONS =
      Executors.newCachedThreadPool(DaemonThreads.named("grader-question"));

  private GradingEngine() {}

  /**
   * Builds the grader of one run. A test class a rubric names but that is missing stops it here;
   * the instructor tests compile in the background, and a broken one stops the run before any
   * report is written (see {@link StudentGrader#requireReady()}).
   *
   * @param jobs the run's jobs: with 1, a student's questions are graded one after another
   */
  public static StudentGrader create(
      RubricSet rubrics,
      Sandbox sandbox,
      JavaCompilerService compiler,
      ResultCache cache,
      Path workRoot,
      int jobs) {
    ProgramArchive programs = programArchive(rubrics, cache);
    ProgramRunner runner = new ProgramRunner(sandbox, programs);
    InstructorTests tests = InstructorTests.compile(rubrics, compiler, cache, workRoot);
    GradingServices services = new GradingServices(compiler, runner, new TestRunner(runner, tests));
    return new StudentGrader(
        rubrics,
        new AnswerExtractor(),
        new CodeQuestionGrader(services),
        new TextQuestionGrader(new ConceptGrader(new ConceptMatcher())),
        sandbox.isolation(),
        cache,
        jobs == 1 ? Runnable::run : QUESTIONS,
        tests,
        programs);
  }

  /**
   * The archive student JVMs map, kept in the cache (one per grader build and JDK, which the
   * build's fingerprint names); none without a cache or without code questions.
   */
  private static ProgramArchive programArchive(RubricSet rubrics, ResultCache cache) {
    boolean runsCode =
        rubrics.rubrics().stream().anyMatch(rubric -> rubric.kind() == AnswerKind.CODE);
    return cache
        .folder("program-archive")
        .filter(folder -> runsCode)
        .map(
            folder ->
                ProgramArchive.start(
                    JvmLaunch.ofGraderJdk(RunSpec.DEFAULT.memoryMb()),
                    folder.resolve(GraderBuild.fingerprint() + ".jsa")))
        .orElseGet(ProgramArchive::none);
  }
}
