package dev.grader.rubric;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * All rubrics of an assignment, ordered by question number.
 *
 * @param dir the rubric folder
 * @param rubrics one per question
 * @param testsDir where instructor JUnit test sources live ({@code <dir>/tests})
 */
public record RubricSet(Path dir, List<Rubric> rubrics, Path testsDir) {
  public RubricSet {
    Objects.requireNonNull(dir, "dir");
    rubrics = List.copyOf(rubrics);
    Objects.requireNonNull(testsDir, "testsDir");
  }

  /** Where the source of an instructor test class is: {@code tests/<package path>/<Name>.java}. */
  public Path testSource(String testClass) {
    return testsDir.resolve(testClass.replace('.', '/') + ".java");
  }

  public double maxScore() {
    return rubrics.stream().mapToDouble(Rubric::maxScore).sum();
  }
}
