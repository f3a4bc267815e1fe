package dev.grader.testing;

import dev.grader.grading.WorkDirs;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** Finds processes that a grading run may have left behind, by their working folder. */
public final class Processes {
  private Processes() {}

  /** Pids of live processes whose working folder is under a work folder of this JVM's grader. */
  public static List<Long> runningInGraderFolders() {
    Path proc = Path.of("/proc");
    if (!Files.isDirectory(proc)) {
      return List.of();
    }
    String tmp = System.getProperty("java.io.tmpdir").replaceAll("/$", "");
    try (Stream<Path> entries = Files.list(proc)) {
      return entries
          .filter(p -> p.getFileName().toString().chars().allMatch(Character::isDigit))
          .filter(p -> cwdOf(p).startsWith(tmp + "/" + WorkDirs.prefix()))
          .map(p -> Long.parseLong(p.getFileName().toString()))
          .toList();
    } catch (IOException e) {
      return List.of();
    }
  }

  private static String cwdOf(Path pidDir) {
    try {
      return Files.readSymbolicLink(pidDir.resolve("cwd")).toString();
    } catch (IOException | UnsupportedOperationException e) {
      return "";
    }
  }
}
