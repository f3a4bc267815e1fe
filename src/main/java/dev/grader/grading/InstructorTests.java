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
import java.util.function.Supplier;

/**
 * The instructor's JUnit test classes, compiled once per grading run. They reach the student's code
 * only through the {@code grader.mainClass} property, so one build serves every student.
 *
 * <p>They are compiled, packed and archived in the background while the first students are graded;
 * test runs wait for them, and {@link #requireCompiled()} lets a run stop at broken tests before it
 * writes any report.
 */
final class InstructorTests implements AutoCloseable {
  /**
   * How a test JVM starts.
   *
   * @param runner the test runner's class path: its own jar beside the tests', or where the grader
   *     has it
   * @param tests the compiled tests: a jar when they have a start-up archive, else their folder
   * @param archive the class-data-sharing archive test JVMs map, when one could be made
   */
  record Launch(List<Path> runner, Path tests, Optional<Path> archive) {
    Launch {
      runner = List.copyOf(runner);
    }

    static Launch unarchived(Path tests) {
      return new Launch(JUnitClasspath.forChild(), tests, Optional.empty());
    }
  }

  private static final Executor BACKGROUND = DaemonThreads.starting("grader-instructor-tests");

  private final CompletableFuture<Launch> launch;

  private InstructorTests(CompletableFuture<Launch> launch) {
    this.launch = launch;
  }

  /**
   * How test JVMs start; waits while the tests are compiled and their jars and archive made.
   *
   * @throws GraderException when the tests do not compile
   */
  Launch launch() {
    try {
      return launch.join();
    } catch (CompletionException e) {
      if (e.getCause() instanceof GraderException broken) {
        throw broken;
      }
      throw new GraderException("cannot prepare the instructor tests: " + e.getCause(), e);
    }
  }

  /**
   * Waits for the tests' compile and what follows it in the background (their jars and archive).
   *
   * @throws GraderException when the tests do not compile
   */
  void requireCompiled() {
    launch();
  }

  /** Waits for the work in the background, so that no trial JVM outlives the grading run. */
  @Override
  public void close() {
    launch.exceptionally(e -> null).join();
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
      // No test runs: nothing needs the runner's class path.
      return new InstructorTests(
          CompletableFuture.completedFuture(new Launch(List.of(), fresh, Optional.empty())));
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
    List<String> testClasses = List.copyOf(names);
    Optional<Path> cached = cache.folder("instructor-tests").map(d -> d.resolve(fingerprint.hex()));
    CompletableFuture<Optional<Path>> runner =
        CompletableFuture.supplyAsync(() -> runnerJar(cache), BACKGROUND);
    if (cached.isPresent() && Files.isDirectory(cached.get())) {
      return inBackground(() -> archived(cached.get(), testClasses, runner.join()));
    }
    return inBackground(
        () -> {
          // Compiled beside its cache entry, so that one rename publishes it whole.
          Path out =
              cached
                  .map(
                      target ->
                          target.resolveSibling(
                              target.getFileName() + ".tmp-" + ProcessHandle.current().pid()))
                  .orElse(fresh);
          CompileResult result = compiler.compile(sources, out, JUnitClasspath.forTestCompile());
          if (!result.success()) {
            runner.join(); // so that no half-written jar outlives the run
            throw new GraderException(
                "instructor tests do not compile:\n" + String.join("\n", result.errorLines()));
          }
          return cached
              .flatMap(target -> publish(out, target))
              .map(published -> archived(published, testClasses, runner.join()))
              .orElseGet(
                  () -> {
                    runner.join(); // so that no half-written jar outlives the run
                    return Launch.unarchived(out);
                  });
        });
  }

  private static InstructorTests inBackground(Supplier<Launch> work) {
    return new InstructorTests(CompletableFuture.supplyAsync(work, BACKGROUND));
  }

  /**
   * The test runner's own jar, made once per grader build (its fingerprint names it) beside the
   * grader's code, or in the cache where that is not writable; empty when it cannot be made. Made
   * while the tests compile.
   */
  private static Optional<Path> runnerJar(ResultCache cache) {
    Optional<Path> jar =
        cache
            .buildFolder("instructor-tests")
            .map(folder -> folder.resolve("grader-runner-" + GraderBuild.fingerprint() + ".jar"));
    try {
      if (jar.isPresent() && !Files.isRegularFile(jar.get())) {
        Files.createDirectories(jar.get().getParent());
        ChildJars.runner(JUnitClasspath.forChild(), jar.get());
      }
      return jar;
    } catch (IOException | RuntimeException e) {
      return Optional.empty();
    }
  }

  /**
   * The cached tests as a jar with a start-up archive beside them, made once (the archive by a
   * trial JVM of a second or two); the folder when the runner's jar or either of them cannot be
   * made.
   */
  private static Launch archived(Path classes, List<String> testClasses, Optional<Path> runnerJar) {
    if (runnerJar.isEmpty()) {
      return Launch.unarchived(classes);
    }
    Path runner = runnerJar.get();
    Path jar = classes.resolveSibling(classes.getFileName() + ".jar");
    try {
      if (!Files.isRegularFile(jar)) {
        ChildJars.tests(classes, jar);
      }
      Path java = JvmLaunch.ofGraderJdk(RunSpec.DEFAULT.memoryMb()).javaBinary();
      Optional<Path> archive =
          ChildArchive.prepare(
              java, List.of(runner, jar), testClasses, ChildArchive.besideJar(jar));
      return new Launch(List.of(runner), jar, archive);
    } catch (IOException | RuntimeException e) {
      // Only start-up time is lost: the tests run from their folder.
      return Launch.unarchived(classes);
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
