package dev.grader.sandbox;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Stream;

/** Finds processes by a marker argument, the way an operator would with {@code ps}. */
final class Processes {

  private Processes() {}

  /** A number no other process has on its command line; {@code sleep} accepts it. */
  static String marker() {
    return Long.toString(ThreadLocalRandom.current().nextLong(100_000_000L, 999_999_999L));
  }

  /** Pids of live processes whose command line holds {@code marker} as a whole argument. */
  static List<Long> withArgument(String marker) {
    try (Stream<Path> entries = Files.list(Path.of("/proc"))) {
      return entries
          .filter(entry -> entry.getFileName().toString().chars().allMatch(Character::isDigit))
          .filter(entry -> arguments(entry).contains(marker))
          .map(entry -> Long.parseLong(entry.getFileName().toString()))
          .toList();
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  private static List<String> arguments(Path procEntry) {
    try {
      String cmdline =
          new String(Files.readAllBytes(procEntry.resolve("cmdline")), StandardCharsets.UTF_8);
      return List.of(cmdline.split("\0"));
    } catch (IOException e) {
      return List.of();
    }
  }
}
