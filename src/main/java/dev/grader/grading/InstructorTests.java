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

/**
 * The instructor's JUnit test classes, compiled once per grading run. They reach the student's code
 * only through the {@code grader.mainClass} property, so one build serves every student.
 */
final class InstructorTests implements AutoCloseable {
  private final List<Path> runner;
  private final Path classes;
  private final CompletableFuture<Optional<Path>> archive;

  private InstructorTests(
      List<Path> runner, Path classes, CompletableFuture<Optional<Path>> archive) {
    this.runner = List.copyOf(runner);
    this.classes = classes;
    this.archive = archive;
  }

  private static InstructorTests withoutArchive(Path classes) {
    return new InstructorTests(
        JUnitClasspath.forChild(), classes, CompletableFuture.completedFuture(Optional.empty()));
  }

  /** The test runner's class path: its own jar beside the tests', or where the grader has it. */
  List<Path> runner() {
    return runner;
  }

  /** The compiled tests: a folder, or a jar when they have a start-up archive. */
  Path classes() {
    return classes;
  }

  /**
   * The class-data-sharing archive test JVMs map, when one could be made; waits for it while it is
   * being made.
   */
  Optional<Path> archive() {
    return archive.join();
  }

  /** Waits for the archive being made, so that its trial JVM does not outlive the grading run. */
  @Override
  public void close() {
    archive();
  }

  /**
   * Compiles the test classes the rubrics name, or reuses them from the cache when their sources
   * and the grader are unchanged; a broken test class stops with its errors.
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
      return withoutArchive(fresh);
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
    Optional<Path> cached = cache.folder("instructor-tests").map(d -> d.resolve(fingerprint.hex()));
    if (cached.isPresent() && Files.isDirectory(cached.get())) {
      return archived(cached.get(), List.copyOf(names));
    }
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
      throw new GraderException(
          "instructor tests do not compile:\n" + String.join("\n", result.errorLines()));
    }
    Optional<Path> published = cached.flatMap(target -> publish(out, target));
    return published.isPresent()
        ? archived(published.get(), List.copyOf(names))
        : withoutArchive(out);
  }

  /**
   * The cached tests as a jar, with the runner's jar and a start-up archive beside them, made once;
   * the folder when any of them cannot be made. The archive is made in the background by a trial
   * JVM of a second or two, while the first students' answers are compiled; test runs wait for it.
   */
  private static InstructorTests archived(Path classes, List<String> testClasses) {
    Path jar = classes.resolveSibling(classes.getFileName() + ".jar");
    Path runner = classes.resolveSibling(classes.getFileName() + "-runner.jar");
    try {
      if (!Files.isRegularFile(jar)) {
        ChildJars.tests(classes, jar);
      }
      if (!Files.isRegularFile(runner)) {
        ChildJars.runner(JUnitClasspath.forChild(), runner);
      }
    } catch (IOException e) {
      return withoutArchive(classes);
    }
    List<Path> classpath = List.of(runner, jar);
    Path java = JvmLaunch.ofGraderJdk(RunSpec.DEFAULT.memoryMb()).javaBinary();
    Path archive = ChildArchive.besideJar(jar);
    CompletableFuture<Optional<Path>> made =
        CompletableFuture.supplyAsync(
                () -> ChildArchive.prepare(java, classpath, testClasses, archive),
                task -> DaemonThreads.named("grader-test-archive").newThread(task).start())
            .exceptionally(e -> Optional.empty());
    return new InstructorTests(List.of(runner), jar, made);
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
