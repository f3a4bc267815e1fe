package dev.grader.formats;

import dev.grader.GradeOptions;
import dev.grader.Grader;
import dev.grader.sandbox.SandboxMode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * The sample class's JSON reports, graded once per test JVM (grading takes most of a minute) and
 * copied into each test class's own folder, where the formats are written.
 */
final class GradedSample {
  private static Path graded;

  private GradedSample() {}

  /** Copies the sample class's JSON reports into {@code dir} and returns it. */
  static Path reportsIn(Path dir) {
    try (Stream<Path> files = Files.list(reports())) {
      for (Path file : files.filter(f -> f.toString().endsWith(".json")).toList()) {
        Files.copy(file, dir.resolve(file.getFileName()));
      }
      return dir;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static synchronized Path reports() throws IOException {
    if (graded == null) {
      Path out = Files.createTempDirectory("formats-sample");
      Runtime.getRuntime().addShutdownHook(new Thread(() -> delete(out)));
      Grader.grade(
          GradeOptions.forClass(Path.of("submissions-sample"), Path.of("rubrics"), out)
              .withSandbox(SandboxMode.AUTO));
      graded = out;
    }
    return graded;
  }

  private static void delete(Path dir) {
    try (Stream<Path> files = Files.walk(dir)) {
      files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException e) {
      // A temporary folder left behind is harmless.
    }
  }
}
