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
    // First: a missing test class stops the run here, before any trial JVM starts.
    InstructorTests tests = InstructorTests.compile(rubrics, compiler, cache, workRoot);
    ProgramArchive programs = programArchive(rubrics, cache);
    ProgramRunner runner = new ProgramRunner(sandbox, programs, new RunDurations());
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
   * The archive student JVMs map, one per grader build and JDK (which the build's fingerprint
   * names), in the build's folder ({@link ResultCache#buildFolder(String)}), so that every class
   * graded with this build shares it. None without that folder, or without code questions.
   */
  private static ProgramArchive programArchive(RubricSet rubrics, ResultCache cache) {
    if (rubrics.rubrics().stream().noneMatch(rubric -> rubric.kind() == AnswerKind.CODE)) {
      return ProgramArchive.none();
    }
    String name = "grader-programs-" + GraderBuild.fingerprint() + ".jsa";
    return cache
        .buildFolder("program-archive")
        .map(
            folder ->
                ProgramArchive.start(
                    JvmLaunch.ofGraderJdk(RunSpec.DEFAULT.memoryMb()),
                    folder.resolve(name),
                    DaemonThreads.starting("grader-program-archive")))
        .orElseGet(ProgramArchive::none);
  }
}
