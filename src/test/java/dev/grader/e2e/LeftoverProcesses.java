package dev.grader.e2e;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Processes of the hostile corpus still alive: found by the markers the attacks put on their
 * command lines ({@code sleep NNNN.4242}, {@code hostile-bomb}) or by a student folder of the
 * corpus on it (the student JVMs and their bubblewrap). Other graders running on the same machine
 * are not matched.
 */
final class LeftoverProcesses {
  private LeftoverProcesses() {}

  /** {@code pid: command line} of each live leftover. */
  static List<String> find(List<String> caseNames) {
    Path proc = Path.of("/proc");
    if (!Files.isDirectory(proc)) {
      return List.of();
    }
    try (Stream<Path> entries = Files.list(proc)) {
      return entries
          .filter(entry -> entry.getFileName().toString().chars().allMatch(Character::isDigit))
          .filter(LeftoverProcesses::alive)
          .flatMap(
              entry -> commandLine(entry).stream().map(line -> entry.getFileName() + ": " + line))
          .filter(line -> isOurs(line, caseNames))
          .toList();
    } catch (IOException e) {
      return List.of();
    }
  }

  /** Kills what {@link #find} reports, so that a failed run does not burden the next tests. */
  static void kill(List<String> caseNames) {
    for (String leftover : find(caseNames)) {
      long pid = Long.parseLong(leftover.substring(0, leftover.indexOf(':')));
      ProcessHandle.of(pid).ifPresent(ProcessHandle::destroyForcibly);
    }
  }

  private static boolean isOurs(String line, List<String> caseNames) {
    if (line.contains(".4242") || line.contains("hostile-bomb")) {
      return true;
    }
    return caseNames.stream().anyMatch(name -> line.contains("/students/" + name + "/"));
  }

  private static boolean alive(Path entry) {
    try {
      String stat = Files.readString(entry.resolve("stat"));
      char state = stat.charAt(stat.lastIndexOf(')') + 2);
      return state != 'Z' && state != 'X';
    } catch (IOException | RuntimeException e) {
      return false;
    }
  }

  private static Optional<String> commandLine(Path entry) {
    try {
      byte[] raw = Files.readAllBytes(entry.resolve("cmdline"));
      return Optional.of(new String(raw, StandardCharsets.UTF_8).replace('\0', ' ').strip());
    } catch (IOException e) {
      return Optional.empty();
    }
  }
}
