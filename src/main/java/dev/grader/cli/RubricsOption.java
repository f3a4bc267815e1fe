package dev.grader.cli;

import java.nio.file.Path;

/** Where rubrics are when {@code --rubrics} is not given: beside the launcher. */
final class RubricsOption {
  private RubricsOption() {}

  static Path orDefault(Path given) {
    if (given != null) {
      return given;
    }
    String home = System.getProperty("grader.home");
    return home == null ? Path.of("rubrics") : Path.of(home, "rubrics");
  }
}
