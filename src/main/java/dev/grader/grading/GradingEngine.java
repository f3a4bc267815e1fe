package dev.grader.grading;

import dev.grader.cache.ResultCache;
import dev.grader.compile.JavaCompilerService;
import dev.grader.extract.AnswerExtractor;
import dev.grader.rubric.RubricSet;
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
   * Builds the grader of one run. Instructor tests are compiled here (or found compiled in the
   * cache), so a broken test class stops the run before any student is graded.
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
    ProgramRunner runner = new ProgramRunner(sandbox);
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
        tests);
  }
}
