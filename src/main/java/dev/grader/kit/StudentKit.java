package dev.grader.kit;

import dev.grader.GraderException;
import dev.grader.rubric.CheckSpec;
import dev.grader.rubric.Rubric;
import dev.grader.rubric.RubricLoader;
import dev.grader.rubric.RubricSet;
import dev.grader.rubric.Visibility;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The rubrics a student may have: every check that is not {@code visible} is cut out, instructor
 * tests used only by such checks are left behind, and so are the reference solutions (only
 * top-level files are copied, never {@code solutions/}). Students run {@code grader check --rubrics
 * <kit>} against it before handing in.
 */
public final class StudentKit {
  private static final String TESTS = "tests";

  private StudentKit() {}

  /**
   * What went into the kit.
   *
   * @param rubrics rubric files written
   * @param checksRemoved checks cut out, as {@code q5: name}
   * @param testsWithheld instructor test classes not shipped
   */
  public record Contents(
      List<String> rubrics, List<String> checksRemoved, List<String> testsWithheld) {}

  /** Writes the kit of {@code rubricsDir} into {@code out}, which must be empty or absent. */
  public static Contents publish(Path rubricsDir, Path out) {
    RubricSet set = new RubricLoader().loadAll(rubricsDir);
    requireEmpty(out);
    List<String> written = new ArrayList<>();
    List<String> removed = new ArrayList<>();
    Set<String> shippedTests = new LinkedHashSet<>();
    Set<String> allTests = new LinkedHashSet<>();
    try {
      Files.createDirectories(out);
      for (Rubric rubric : set.rubrics()) {
        List<CheckSpec> checks = rubric.checks();
        for (CheckSpec check : checks) {
          if (!shipped(check)) {
            removed.add(rubric.id() + ": " + check.name());
          }
          if (check instanceof CheckSpec.JUnit junit) {
            allTests.add(junit.testClass());
            if (shipped(check)) {
              shippedTests.add(junit.testClass());
            }
          }
        }
        if (checks.stream().noneMatch(StudentKit::shipped)) {
          continue;
        }
        Path file = rubricFile(rubricsDir, rubric.id());
        String text =
            HiddenCheckLines.without(Files.readString(file), i -> !shipped(checks.get(i)));
        Files.writeString(out.resolve(file.getFileName()), text);
        written.add(file.getFileName().toString());
      }
      copyOtherFiles(rubricsDir, out);
      for (String test : shippedTests) {
        Path source = set.testSource(test);
        Path target = out.resolve(TESTS).resolve(test.replace('.', '/') + ".java");
        Files.createDirectories(target.getParent());
        Files.copy(source, target);
      }
    } catch (IOException e) {
      throw new GraderException(
          "cannot write the student kit to " + out + ": " + e.getMessage(), e);
    }
    // The kit must work as a rubric folder: a check cut badly would surface here, not on students.
    new RubricLoader().loadAll(out);
    List<String> withheld = allTests.stream().filter(t -> !shippedTests.contains(t)).toList();
    return new Contents(written, removed, withheld);
  }

  private static boolean shipped(CheckSpec check) {
    return check.visibility() == Visibility.VISIBLE;
  }

  private static Path rubricFile(Path dir, String id) {
    Path yaml = dir.resolve(id + ".yaml");
    return Files.exists(yaml) ? yaml : dir.resolve(id + ".yml");
  }

  /** The assignment text and the schema: top-level files that are not rubrics. */
  private static void copyOtherFiles(Path rubricsDir, Path out) throws IOException {
    try (Stream<Path> files = Files.list(rubricsDir)) {
      for (Path file : files.filter(Files::isRegularFile).toList()) {
        String name = file.getFileName().toString();
        if (!name.matches("q[1-9][0-9]*\\.ya?ml")) {
          Files.copy(file, out.resolve(name));
        }
      }
    }
  }

  private static void requireEmpty(Path out) {
    if (!Files.exists(out)) {
      return;
    }
    try (Stream<Path> entries = Files.list(out)) {
      if (entries.findAny().isPresent()) {
        throw new GraderException(out + " is not empty: give a new folder for the student kit");
      }
    } catch (IOException e) {
      throw new GraderException("cannot read " + out + ": " + e.getMessage(), e);
    }
  }
}
