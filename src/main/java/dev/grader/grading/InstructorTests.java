package dev.grader.grading;

import dev.grader.GraderException;
import dev.grader.cache.Fingerprint;
import dev.grader.cache.GraderBuild;
import dev.grader.cache.ResultCache;
import dev.grader.compile.CompileResult;
import dev.grader.compile.JavaCompilerService;
import dev.grader.extract.JavaSource;
import dev.grader.junit.ChildArchive;
import dev.grader.junit.ChildJars;
import dev.grader.junit.JUnitClasspath;
import dev.grader.rubric.CheckSpec;
import dev.grader.rubric.RubricSet;
import dev.grader.rubric.RunSpec;
import dev.grader.sandbox.JvmLaunch;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;

/**
 * The instructor's JUnit test classes, compiled once per grading run. They reach the student's code
 * only through the {@code grader.mainClass} property, so one build serves every student.
 *
 * <p>They are compiled in the background while the first students are graded, and so is the test
 * runner's jar and its start-up archive when this grader build has none yet; test runs wait for
 * both, and {@link #requireCompiled()} lets a run stop at broken tests before it writes any report.
 */
final class InstructorTests implements AutoCloseable {
  /**
   * How a test JVM starts.
   *
   * @param runner the test runner's class path: its own jar beside the grader's, or where the
   *     grader has it
   * @param tests the folder of the compiled tests
   * @param archive the start-up archive test JVMs map ({@link ChildArchive}), when one could be
   *     made
   */
  record Launch(List<Path> runner, Path tests, Optional<Path> archive) {
    Launch {
      runner = List.copyOf(runner);
    }
  }

  /** The runner's class path and the archive of what it loads, whatever the tests. */
  private record Runner(List<Path> classpath, Optional<Path> archive) {
    static Runner unpacked() {
      return new Runner(JUnitClasspath.forChild(), Optional.empty());
    }
  }

  private static final Executor BACKGROUND = DaemonThreads.starting("grader-instructor-tests");

  private final CompletableFuture<Path> compiled;
  private final CompletableFuture<Runner> runner;

  private InstructorTests(CompletableFuture<Path> compiled, CompletableFuture<Runner> runner) {
    this.compiled = compiled;
    this.runner = runner;
  }

  /**
   * How test JVMs start; waits while the tests are compiled and the runner's jar and archive made.
   *
   * @throws GraderException when the tests do not compile
   */
  Launch launch() {
    Path tests = requireCompiled();
    Runner ready = runner.join();
    return new Launch(ready.classpath(), tests, ready.archive());
  }

  /**
   * Waits for the tests' compile only, not for the runner's jar or archive.
   *
   * @return the folder of the compiled tests
   * @throws GraderException when the tests do not compile
   */
  Path requireCompiled() {
    try {
      return compiled.join();
    } catch (CompletionException e) {
      if (e.getCause() instanceof GraderException broken) {
        throw broken;
      }
      throw new GraderException("cannot prepare the instructor tests: " + e.getCause(), e);
    }
  }

  /** Waits for the work in the background, so that no trial JVM outlives the grading run. */
  @Override
  public void close() {
    compiled.exceptionally(e -> null).join();
    runner.join();
  }

  /**
   * Starts compiling the test classes the rubrics name, or reuses them from the cache when their
   * sources and the grader are unchanged.
   *
   * @throws GraderException at once when a test class named by a rubric is missing
   */
  static InstructorTests compile(
      RubricSet rubrics, JavaCompilerService compiler, ResultCache cache, Path workRoot) {
    Set<String> names = new LinkedHashSet<>();
    rubrics.rubrics().stream()
        .flatMap(rubric -> rubric.junitChecks().stream())
        .map(CheckSpec.JUnit::testClass)
        .forEach(names::add);
    Path fresh = workRoot.resolve("instructor-tests");
    if (names.isEmpty()) {
      // No test runs: nothing needs the runner.
      return new InstructorTests(
          CompletableFuture.completedFuture(fresh),
          CompletableFuture.completedFuture(new Runner(List.of(), Optional.empty())));
    }
    List<JavaSource> sources = new ArrayList<>();
    Fingerprint fingerprint = new Fingerprint().add(GraderBuild.fingerprint());
    for (String name : names) {
      Path file = rubrics.testSource(name);
      try {
        JavaSource source = new JavaSource(file.toString(), 1, Files.readString(file));
        sources.add(source);
        fingerprint.add(source.origin()).add(source.content());
      } catch (IOException e) {
        throw new GraderException(
            "test class "
                + name
                + " named by a rubric is missing: expected "
                + file
                + " (JUnit 5 test sources live in the rubric folder's tests/)");
      }
    }
    CompletableFuture<Runner> runner =
        CompletableFuture.supplyAsync(() -> runner(cache), BACKGROUND);
    Optional<Path> cached = cache.folder("instructor-tests").map(d -> d.resolve(fingerprint.hex()));
    if (cached.isPresent() && Files.isDirectory(cached.get())) {
      return new InstructorTests(CompletableFuture.completedFuture(cached.get()), runner);
    }
    CompletableFuture<Path> compiled =
        CompletableFuture.supplyAsync(
            () -> {
              // Compiled beside its cache entry, so that one rename publishes it whole.
              Path out =
                  cached
                      .map(
                          target ->
                              target.resolveSibling(
                                  target.getFileName() + ".tmp-" + ProcessHandle.current().pid()))
                      .orElse(fresh);
              CompileResult result =
                  compiler.compileAtOnce(sources, out, JUnitClasspath.forTestCompile());
              if (!result.success()) {
                throw new GraderException(
                    "instructor tests do not compile:\n" + String.join("\n", result.errorLines()));
              }
              return cached.flatMap(target -> publish(out, target)).orElse(out);
            },
            BACKGROUND);
    return new InstructorTests(compiled, runner);
  }

  /**
   * The test runner's own jar and its start-up archive, made once per grader build (its fingerprint
   * names them) beside the grader's code, or in the cache where that is not writable; the runner as
   * the grader has it when the jar cannot be made, and no archive when that cannot.
   */
  private static Runner runner(ResultCache cache) {
    Optional<Path> jar =
        cache
            .buildFolder("instructor-tests")
            .map(folder -> folder.resolve("grader-runner-" + GraderBuild.fingerprint() + ".jar"));
    if (jar.isEmpty()) {
      return Runner.unpacked();
    }
    try {
      if (!Files.isRegularFile(jar.get())) {
        Files.createDirectories(jar.get().getParent());
        ChildJars.runner(JUnitClasspath.forChild(), jar.get());
      }
      Path java = JvmLaunch.ofGraderJdk(RunSpec.DEFAULT.memoryMb()).javaBinary();
      return new Runner(
          List.of(jar.get()),
          ChildArchive.prepare(java, jar.get(), ChildArchive.besideJar(jar.get())));
    } catch (IOException | RuntimeException e) {
      // Only start-up time is lost: the runner runs from where the grader has it.
      return Runner.unpacked();
    }
  }

  private static Optional<Path> publish(Path compiled, Path target) {
    try {
      Files.move(compiled, target, StandardCopyOption.ATOMIC_MOVE);
      return Optional.of(target);
    } catch (IOException e) {
      return Optional.empty();
    }
  }
}
