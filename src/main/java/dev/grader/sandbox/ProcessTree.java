package dev.grader.sandbox;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Every process a run started, found without relying on the direct child being alive: its live
 * descendants, descendants seen earlier (orphans leave the tree when re-parented), and on Linux
 * every process of its session or process group or carrying the run's tag in its environment.
 */
final class ProcessTree {

  private static final Path PROC = Path.of("/proc");
  private static final int KILL_ROUNDS = 50;

  /** Linux's unit of CPU time in /proc ({@code USER_HZ}), 100 on every platform the JDK runs on. */
  private static final long TICKS_PER_SECOND = 100;

  private final ProcessHandle root;
  private final boolean ownSession;
  private final String tagEntry;
  private final Set<ProcessHandle> seen = ConcurrentHashMap.newKeySet();

  /** The last reading of each process of the tree, by pid; its start tells a reused pid. */
  private final Map<Long, ProcStat> readings = new HashMap<>();

  /** Pids whose process ended (or whose number went to another process): not read again. */
  private final Set<Long> ended = new HashSet<>();

  /** When the CPU time was last read, from {@link System#nanoTime()}. */
  private long readAt = System.nanoTime() - TreeActivity.WINDOW_NANOS;

  /** The highest total read so far, in clock ticks. */
  private long highestTicks = -1;

  /**
   * When the root started, in clock ticks since boot (0 when unknown): a process started before it
   * cannot carry the run's tag, so the sweep reads no other environment.
   */
  private final long rootStarted;

  /**
   * @param root the direct child
   * @param ownSession whether the child leads its own session and process group ({@code setsid})
   * @param tag the value of {@link SandboxRun#TAG_VARIABLE} given to the run
   */
  ProcessTree(ProcessHandle root, boolean ownSession, String tag) {
    this.root = root;
    this.ownSession = ownSession;
    this.tagEntry = SandboxRun.TAG_VARIABLE + "=" + tag;
    this.rootStarted = ProcStat.read(root.pid()).map(ProcStat::started).orElse(0L);
  }

  /**
   * Remembers the current descendants, so that they are still found once orphaned, and reads their
   * CPU time once a quarter second, so that the time of those that end is not lost.
   */
  synchronized void snapshot() {
    root.descendants().forEach(seen::add);
    cpu();
  }

  /**
   * CPU time of the tree as far as /proc tells, for a run no cgroup holds, read at most once a
   * quarter second: of every process seen, its own time and that of the children it waited for (a
   * loop of short commands spends its time in children), the ended ones as last read. A process
   * that is gone was reaped by its parent, and counts in the waited-for time of its nearest live
   * ancestor from then on; without one it keeps its last reading. The total never goes down (a
   * child read before and after its parent reaps it would count twice for one reading).
   *
   * <p>A lower bound, good for giving a slowed program more time, not for reporting: it misses what
   * a process used after its last reading when nothing in the tree waited for it, and processes
   * that came and went between two snapshots. Null without /proc, or when no process could be read.
   */
  synchronized Duration cpu() {
    long now = System.nanoTime();
    if (highestTicks >= 0 && now - readAt < TreeActivity.WINDOW_NANOS) {
      return ticksToDuration(highestTicks);
    }
    if (!Files.isDirectory(PROC)) {
      return null;
    }
    readAt = now;
    Set<Long> pids = pids();
    pids.removeAll(ended);
    Map<Long, ProcStat> live = new HashMap<>();
    for (long pid : pids) {
      Optional<ProcStat> stat = ProcStat.read(pid);
      ProcStat last = readings.get(pid);
      // A pid whose process started at another time than last read was reused.
      if (stat.isEmpty() || (last != null && last.started() != stat.get().started())) {
        ended.add(pid);
      } else {
        live.put(pid, stat.get());
      }
    }
    readings.putAll(live);
    Map<Long, ProcStat> lastReadings = Map.copyOf(readings);
    readings
        .values()
        .removeIf(last -> !live.containsKey(last.pid()) && reapedInTree(last, live, lastReadings));
    if (readings.isEmpty() && highestTicks < 0) {
      return null;
    }
    long ticks = readings.values().stream().mapToLong(ProcStat::cpuTicks).sum();
    highestTicks = Math.max(highestTicks, ticks);
    return ticksToDuration(highestTicks);
  }

  /**
   * The root and every descendant seen so far, live or not: a pid found reused may belong to
   * another process of the run.
   */
  synchronized Set<Long> pids() {
    Set<Long> pids = new HashSet<>();
    pids.add(root.pid());
    seen.forEach(handle -> pids.add(handle.pid()));
    return pids;
  }

  private static Duration ticksToDuration(long ticks) {
    return Duration.ofMillis(ticks * 1000 / TICKS_PER_SECOND);
  }

  /**
   * Whether a gone process's time now counts in a live process of the tree: its parent's, or, when
   * the parent is gone too (a chain that ended between two readings), the nearest live ancestor's.
   */
  private static boolean reapedInTree(
      ProcStat gone, Map<Long, ProcStat> live, Map<Long, ProcStat> lastByPid) {
    Set<Long> visited = new HashSet<>();
    for (long parent = gone.parent(); visited.add(parent); ) {
      if (live.containsKey(parent)) {
        return true;
      }
      ProcStat ancestor = lastByPid.get(parent);
      if (ancestor == null) {
        return false;
      }
      parent = ancestor.parent();
    }
    return false;
  }

  /**
   * Kills the root and everything found, again and again until nothing is left. The group is
   * signalled first: a scan of /proc takes long enough on a busy machine for a fork loop to grow.
   */
  void kill() {
    root.destroyForcibly();
    if (ownSession) {
      signalGroup();
    }
    for (int round = 0; round < KILL_ROUNDS; round++) {
      Set<ProcessHandle> victims = members();
      if (victims.isEmpty()) {
        return;
      }
      victims.forEach(ProcessHandle::destroyForcibly);
      pause();
    }
  }

  private Set<ProcessHandle> members() {
    Set<ProcessHandle> found = new HashSet<>(seen);
    root.descendants().forEach(found::add);
    if (Files.isDirectory(PROC)) {
      found.removeIf(
          handle ->
              !handle.isAlive() || ProcStat.read(handle.pid()).map(ProcStat::gone).orElse(true));
      found.addAll(procMembers());
    } else {
      found.removeIf(handle -> !handle.isAlive());
    }
    return found;
  }

  /** Scans /proc: descendants by parent links, the session and group, the tagged environment. */
  private Set<ProcessHandle> procMembers() {
    Map<Long, ProcStat> table;
    try (Stream<Path> entries = Files.list(PROC)) {
      table =
          entries
              .map(entry -> entry.getFileName().toString())
              .filter(name -> name.chars().allMatch(Character::isDigit))
              .map(name -> ProcStat.read(Long.parseLong(name)))
              .flatMap(Optional::stream)
              .filter(stat -> !stat.gone())
              .collect(Collectors.toMap(ProcStat::pid, stat -> stat, (a, b) -> a));
    } catch (IOException | UncheckedIOException e) {
      return Set.of();
    }
    long rootPid = root.pid();
    Set<Long> pids = new HashSet<>();
    for (ProcStat stat : table.values()) {
      if (stat.pid() == rootPid
          || (ownSession && (stat.session() == rootPid || stat.group() == rootPid))
          || descendsFrom(stat, rootPid, table)
          || (stat.started() >= rootStarted && tagged(stat.pid()))) {
        pids.add(stat.pid());
      }
    }
    pids.remove(ProcessHandle.current().pid());
    return pids.stream()
        .map(ProcessHandle::of)
        .flatMap(Optional::stream)
        .collect(Collectors.toSet());
  }

  private static boolean descendsFrom(ProcStat stat, long rootPid, Map<Long, ProcStat> table) {
    Map<Long, Boolean> visited = new HashMap<>();
    for (ProcStat at = stat; at != null && visited.put(at.pid(), true) == null; ) {
      if (at.parent() == rootPid) {
        return true;
      }
      at = table.get(at.parent());
    }
    return false;
  }

  private boolean tagged(long pid) {
    try {
      byte[] environ = Files.readAllBytes(PROC.resolve(Long.toString(pid)).resolve("environ"));
      return List.of(new String(environ, StandardCharsets.UTF_8).split("\0")).contains(tagEntry);
    } catch (IOException | SecurityException e) {
      return false;
    }
  }

  /** One atomic SIGKILL to the whole process group, which a fork loop cannot outrun. */
  private void signalGroup() {
    try {
      Process kill =
          new ProcessBuilder("kill", "-KILL", "--", "-" + root.pid())
              .redirectErrorStream(true)
              .redirectOutput(ProcessBuilder.Redirect.DISCARD)
              .start();
      kill.waitFor(1, TimeUnit.SECONDS);
    } catch (IOException e) {
      // No kill binary: the per-process sweep still runs.
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static void pause() {
    try {
      Thread.sleep(2);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /**
   * The fields of /proc/[pid]/stat the sweep and the CPU time need; {@code started} in clock ticks
   * since boot, {@code cpuTicks} in clock ticks: user and system time of the process and of the
   * children it waited for.
   */
  private record ProcStat(
      long pid, char state, long parent, long group, long session, long cpuTicks, long started) {

    boolean gone() {
      return state == 'Z' || state == 'X';
    }

    static Optional<ProcStat> read(long pid) {
      try {
        String line = Files.readString(PROC.resolve(Long.toString(pid)).resolve("stat"));
        // The command name may hold spaces and parentheses: fields start after the last ')'.
        String[] fields = line.substring(line.lastIndexOf(')') + 2).split(" ");
        return Optional.of(
            new ProcStat(
                pid,
                fields[0].charAt(0),
                Long.parseLong(fields[1]),
                Long.parseLong(fields[2]),
                Long.parseLong(fields[3]),
                Long.parseLong(fields[11])
                    + Long.parseLong(fields[12])
                    + Long.parseLong(fields[13])
                    + Long.parseLong(fields[14]),
                Long.parseLong(fields[19])));
      } catch (IOException | RuntimeException e) {
        return Optional.empty();
      }
    }
  }
}
