package dev.grader.sandbox;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/** The cgroups of one run, one per usable hierarchy; removed by {@link #close()}. */
final class RunCgroup implements AutoCloseable {

  private static final int ROUNDS = 250;

  private final List<Path> dirs;
  private final Path unified;
  private final Path oomEvents;
  private final Path cpuStat;

  /**
   * @param dirs the run's cgroup in every hierarchy used
   * @param unified the v2 one, or null
   * @param oomEvents {@code memory.events} (v2) or {@code memory.oom_control} (v1), or null
   * @param cpuStat {@code cpu.stat} (v2) or {@code cpuacct.usage} (v1), or null
   */
  RunCgroup(List<Path> dirs, Path unified, Path oomEvents, Path cpuStat) {
    this.dirs = List.copyOf(dirs);
    this.unified = unified;
    this.oomEvents = oomEvents;
    this.cpuStat = cpuStat;
  }

  /** The files a process writes its pid to in order to join every hierarchy. */
  List<Path> procsFiles() {
    return dirs.stream().map(dir -> dir.resolve("cgroup.procs")).toList();
  }

  /**
   * Kills every member, detached ones included: atomically through v2's {@code cgroup.kill}, and by
   * sweeping the member lists (which a v1-only machine needs).
   */
  void kill() {
    if (unified != null && Files.exists(unified.resolve("cgroup.kill"))) {
      try {
        Files.writeString(unified.resolve("cgroup.kill"), "1");
      } catch (IOException ignored) {
        // The sweep below still runs.
      }
    }
    for (int round = 0; round < ROUNDS; round++) {
      Set<Long> members = members();
      if (members.isEmpty()) {
        return;
      }
      members.forEach(pid -> ProcessHandle.of(pid).ifPresent(ProcessHandle::destroyForcibly));
      pause();
    }
  }

  /** CPU time of every process that ran in the cgroup, or null when unknown. */
  Duration cpu() {
    if (cpuStat == null) {
      return null;
    }
    try {
      String text = Files.readString(cpuStat).strip();
      if (cpuStat.getFileName().toString().equals("cpuacct.usage")) {
        return Duration.ofNanos(Long.parseLong(text));
      }
      return counter(text, "usage_usec")
          .map(micros -> Duration.ofNanos(micros * 1000))
          .orElse(null);
    } catch (IOException | NumberFormatException e) {
      return null;
    }
  }

  /** Whether the kernel killed a member because the memory limit was reached. */
  boolean oomKilled() {
    if (oomEvents == null) {
      return false;
    }
    try {
      return counter(Files.readString(oomEvents), "oom_kill").orElse(0L) > 0;
    } catch (IOException | NumberFormatException e) {
      return false;
    }
  }

  @Override
  public void close() {
    kill();
    remove(dirs);
  }

  /** Removes the cgroups, waiting briefly for killed members to leave them. */
  static void remove(List<Path> dirs) {
    List<Path> reversed = new ArrayList<>(dirs);
    Collections.reverse(reversed);
    reversed.forEach(RunCgroup::removeQuietly);
  }

  static void removeQuietly(Path dir) {
    for (int round = 0; round < ROUNDS; round++) {
      try {
        Files.deleteIfExists(dir);
        return;
      } catch (IOException busy) {
        pause();
      }
    }
  }

  /** The pids of every process in the run's cgroups. */
  Set<Long> members() {
    Set<Long> pids = new TreeSet<>();
    for (Path procs : procsFiles()) {
      try {
        Files.readAllLines(procs).stream()
            .map(String::strip)
            .filter(line -> !line.isEmpty())
            .map(Long::parseLong)
            .forEach(pids::add);
      } catch (IOException | NumberFormatException ignored) {
        // Already removed.
      }
    }
    return pids;
  }

  private static Optional<Long> counter(String text, String key) {
    return text.lines()
        .map(line -> line.split("\\s+"))
        .filter(fields -> fields.length == 2 && fields[0].equals(key))
        .map(fields -> Long.parseLong(fields[1]))
        .findFirst();
  }

  private static void pause() {
    try {
      Thread.sleep(4);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
