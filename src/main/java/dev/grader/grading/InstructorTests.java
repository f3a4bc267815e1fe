package dev.grader.grading;

import dev.grader.GraderException;
import dev.grader.compile.CompileResult;
import dev.grader.compile.JavaCompilerService;
import dev.grader.extract.JavaSource;
import dev.grader.junit.JUnitClasspath;
import dev.grader.rubric.CheckSpec;
import dev.grader.rubric.RubricSet;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
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

  /** Compiles the test classes the rubrics name; a broken test class stops with its errors. */
  static InstructorTests compile(RubricSet rubrics, JavaCompilerService compiler, Path outDir) {
    Set<String> names = new LinkedHashSet<>();
    rubrics
        .rubrics()
        .forEach(
            rubric ->
                rubric.checks().stream()
                    .filter(check -> check instanceof CheckSpec.JUnit)
                    .map(check -> ((CheckSpec.JUnit) check).testClass())
                    .forEach(names::add));
    if (names.isEmpty()) {
      return new InstructorTests(outDir);
    }
    List<JavaSource> sources = new ArrayList<>();
    for (String name : names) {
      Path file = rubrics.testsDir().resolve(name.replace('.', '/') + ".java");
      try {
        sources.add(new JavaSource(file.toString(), 1, Files.readString(file)));
      } catch (IOException e) {
        throw new GraderException(
            "test class "
                + name
                + " named by a rubric is missing: expected "
                + file
                + " (JUnit 5 test sources live in the rubric folder's tests/)");
      }
    }
    CompileResult result = compiler.compile(sources, outDir, JUnitClasspath.forTestCompile());
    if (!result.success()) {
      throw new GraderException(
          "instructor tests do not compile:\n"
              + String.join("\n", result.diagnostics().stream().map(Object::toString).toList()));
    }
    return new InstructorTests(outDir);
  }
}
