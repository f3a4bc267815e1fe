package dev.grader.junit;

import dev.grader.GraderException;
import dev.grader.compile.CompileResult;
import dev.grader.compile.JavaCompilerService;
import dev.grader.extract.JavaSource;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Compiles the rubric's JUnit 5 test sources against one student's classes. */
public final class InstructorTests {
  private final JavaCompilerService compiler;

  public InstructorTests(JavaCompilerService compiler) {
    this.compiler = compiler;
  }

  /**
   * Compiles {@code testSources} into {@code outDir}. Tests that name student classes compile only
   * when the student's classes have them; the caller decides whether that is the student's fault.
   *
   * @param studentClasspath the student's compiled classes (folders or jars)
   */
  public CompileResult compile(List<Path> testSources, Path outDir, List<Path> studentClasspath) {
    List<JavaSource> sources = new ArrayList<>();
    for (Path source : testSources) {
      sources.add(new JavaSource(source.toString(), 1, read(source)));
    }
    List<Path> classpath = new ArrayList<>(studentClasspath);
    classpath.addAll(JUnitClasspath.forTestCompile());
    return compiler.compile(sources, outDir, classpath);
  }

  private static String read(Path source) {
    try {
      return Files.readString(source);
    } catch (IOException e) {
      throw new GraderException(
          "cannot read the instructor test "
              + source
              + ": "
              + e.getMessage()
              + "; check the rubric's tests/ folder",
          e);
    }
  }
}
