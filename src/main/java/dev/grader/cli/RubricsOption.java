package dev.grader.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** {@code --rubrics DIR}; rubrics are beside the launcher when it is not given. */
final class RubricsOption {
  @Option(
      names = "--rubrics",
      paramLabel = "DIR",
      description = "Rubric folder (default: the rubrics shipped with the grader).")
  Path given;

  /** The folder given, or the shipped rubrics. */
  Path dir() {
    return orDefault(given);
  }

  static Path orDefault(Path given) {
    if (given != null) {
      return given;
    }
    String home = System.getProperty("grader.home");
    return home == null ? Path.of("rubrics") : Path.of(home, "rubrics");
  }
}
