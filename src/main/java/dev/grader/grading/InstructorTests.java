package dev.grader.grading;

import dev.grader.GraderException;
import dev.grader.cache.Fingerprint;
import dev.grader.cache.GraderBuild;
import dev.grader.cache.ResultCache;
import dev.grader.compile.CompileResult;
import dev.grader.compile.JavaCompilerService;
import dev.grader.extract.JavaSource;
import dev.grader.junit.JUnitClasspath;
import dev.grader.rubric.CheckSpec;
import dev.grader.rubric.RubricSet;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The instructor's JUnit test classes, compiled once per grading run. They reach the student's code
 * only through the {@code grader.mainClass} property, so one build serves every student.
 */
final class InstructorTests {
  private final Path classes;

  private InstructorTests(Path classes) {
    this.classes = classes;
  }

  Path classes() {
    return classes;
  }

  /**
   * Compiles the test classes the rubrics name, or reuses them from the cache when their sources
   * and the grader are unchanged; a broken test class stops with its errors.
   */
  static InstructorTests compile(
      RubricSet rubrics, JavaCompilerService compiler, ResultCache cache, Path workRoot) {
    Set<String> names = new LinkedHashSet<>();
    rubrics
        .rubrics()
        .forEach(
            rubric ->
                rubric.checks().stream()
                    .filter(check -> check instanceof CheckSpec.JUnit)
                    .map(check -> ((CheckSpec.JUnit) check).testClass())
                    .forEach(names::add));
    Path fresh = workRoot.resolve("instructor-tests");
    if (names.isEmpty()) {
      return new InstructorTests(fresh);
    }
    List<JavaSource> sources = new ArrayList<>();
    Fingerprint fingerprint = new Fingerprint().add(GraderBuild.fingerprint());
    for (String name : names) {
      Path file = rubrics.testsDir().resolve(name.replace('.', '/') + ".java");
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
      return new InstructorTests(cached.get());
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
    return new InstructorTests(cached.flatMap(target -> publish(out, target)).orElse(out));
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
