package dev.grader.sandbox;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;

/** Resolves a program name the way a shell would, before a run depends on it. */
final class Executables {

  private Executables() {}

  /**
   * The executable {@code program} names: itself when it holds a path separator, else the first
   * match in {@code searchPath} (also trying {@code .exe} on Windows).
   */
  static Optional<Path> find(String program, String searchPath) {
    if (program.contains("/") || program.contains(File.separator)) {
      Path path = Path.of(program);
      return Files.isExecutable(path) && !Files.isDirectory(path)
          ? Optional.of(path)
          : Optional.empty();
    }
    if (searchPath == null) {
      return Optional.empty();
    }
    return Arrays.stream(searchPath.split(File.pathSeparator))
        .filter(dir -> !dir.isEmpty())
        .flatMap(
            dir ->
                Arrays.stream(new String[] {program, program + ".exe"}).map(Path.of(dir)::resolve))
        .filter(path -> Files.isExecutable(path) && !Files.isDirectory(path))
        .findFirst();
  }
}
