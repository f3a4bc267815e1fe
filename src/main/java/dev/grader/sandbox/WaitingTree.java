package dev.grader.sandbox;

import dev.grader.sandbox.BlockedCall.Deadline;
import dev.grader.sandbox.BlockedCall.Kind;
import dev.grader.sandbox.BlockedCall.Wait;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;
import java.util.stream.Stream;

/**
 * Whether a run can still finish before its time limit. When every thread of every process of the
 * run has stayed, from one look to the next, in a wait that only the run itself could end (a lock,
 * a condition, a join, a wait for a child process) or that ends after the limit (a sleep of 1000
 * s), and none of them ran in between, nothing can wake any of them before the limit: the run would
 * be stopped at its timeout, so it can be stopped now. A waiting program is not stopped merely for
 * waiting: a sleep or a timed wait that ends before the limit, input it reads, output it writes,
 * any other call, or a running thread keeps it going.
 *
 * <p>HotSpot's own threads (compilers, collectors, the VM thread and its periodic tasks) wake on
 * timers of their own but run no program code, so they are not counted. Linux only; elsewhere, and
 * where /proc cannot be read, every run waits for its timeout.
 */
final class WaitingTree {

  private static final Path PROC = Path.of("/proc");

  /** HotSpot's threads that run no program code, by the name Linux shows (15 characters). */
  private static final Set<String> HOTSPOT_THREADS =
      Set.of(
          "VM Thread",
          "VM Periodic Tas",
          "G1 Main Marker",
          "G1 Service",
          "C1 CompilerThre",
          "C2 CompilerThre",
          "Sweeper thread",
          "Monitor Deflati",
          "Service Thread",
          "Notification Th",
          "Signal Dispatch",
          "Attach Listener");

  private static final List<String> HOTSPOT_THREAD_PREFIXES =
      List.of("GC Thread#", "G1 Conc#", "G1 Refine#");

  /**
   * The JDK's own Java threads: counted, but their timed waits (idle pool threads, the cleaner) say
   * nothing about the program.
   */
  private static final Set<String> JDK_THREADS =
      Set.of("Reference Handl", "Finalizer", "Common-Cleaner", "process reaper");

  private final Optional<BlockedCall> calls;
  private final Supplier<Collection<Long>> pids;
  private final Set<Long> monitors;
  private final Set<String> sandboxCommands;
  private final Deadline deadline;
  private long lookedAt;
  private Scan last;
  private List<String> waits = List.of();

  /**
   * @param pids every process of the run, as far as known
   * @param monitors processes of the sandbox that only wait for the run (bubblewrap's monitor,
   *     which waits on more than its child): not counted
   * @param sandboxCommands command names of the sandbox's own processes inside the run
   *     (bubblewrap's init): counted, but not named among what the program waits for
   * @param started when the run started, from {@link System#nanoTime()}
   * @param timeout the run's time limit
   */
  WaitingTree(
      Supplier<Collection<Long>> pids,
      Set<Long> monitors,
      Set<String> sandboxCommands,
      long started,
      Duration timeout) {
    this.calls = BlockedCall.forThisPlatform();
    this.pids = pids;
    this.monitors = Set.copyOf(monitors);
    this.sandboxCommands = Set.copyOf(sandboxCommands);
    long monotonic = started + timeout.toNanos();
    this.deadline =
        new Deadline(
            timeout, monotonic, BlockedCall.realtimeNanos() + (monotonic - System.nanoTime()));
    this.lookedAt = started;
  }

  /**
   * Looks at the tree once a {@link TreeActivity#WINDOW_NANOS window}; true once nothing can wake
   * it before its limit.
   */
  boolean cannotFinish(long now) {
    if (calls.isEmpty() || now - lookedAt < TreeActivity.WINDOW_NANOS) {
      return false;
    }
    lookedAt = now;
    Scan scan = scan();
    boolean still = scan != null && last != null && scan.threads().equals(last.threads());
    last = scan;
    if (still) {
      waits = scan.describe();
    }
    return still;
  }

  /** What each process waited for when the tree was found unable to finish; empty before. */
  List<String> waits() {
    return waits;
  }

  /** Every counted thread's call and context switches, and what each process waits for. */
  private record Scan(Map<Long, String> threads, List<ProcessWait> processes) {
    List<String> describe() {
      Map<String, Integer> counts = new LinkedHashMap<>();
      processes.stream()
          .sorted(Comparator.comparing(ProcessWait::command))
          .forEach(process -> counts.merge(process.phrase(), 1, Integer::sum));
      List<String> lines = new ArrayList<>();
      counts.forEach((phrase, count) -> lines.add(count == 1 ? phrase : count + " × " + phrase));
      return List.copyOf(lines);
    }
  }

  /** A process's command name and the wait that says most about it (a clock, a child, a thread). */
  private record ProcessWait(String command, Wait telling) {
    String phrase() {
      String what =
          switch (telling.kind()) {
            case CLOCK ->
                (telling.sleep() ? "sleeps " : "waits up to ") + seconds(telling.length());
            case CHILD -> "waits for a child process to end";
            case THREAD -> "waits for another thread";
          };
      return command + " " + what;
    }

    private static String seconds(Duration length) {
      long seconds = length.toSeconds();
      return seconds >= 1_000_000 ? "for ever" : Math.max(seconds, 1) + " s";
    }
  }

  /** The tree's waits, or null if a thread might go on before the limit. */
  private Scan scan() {
    Map<Long, String> threads = new HashMap<>();
    List<ProcessWait> processes = new ArrayList<>();
    for (long pid : new TreeSet<>(pids.get())) {
      if (!monitors.contains(pid) && !addProcess(pid, threads, processes)) {
        return null;
      }
    }
    return threads.isEmpty() ? null : new Scan(threads, processes);
  }

  /**
   * Adds a process's threads and what it waits for, unless it has ended; false if one of its
   * threads might go on.
   */
  private boolean addProcess(long pid, Map<Long, String> threads, List<ProcessWait> processes) {
    Path dir = PROC.resolve(Long.toString(pid));
    String state = field(read(dir.resolve("stat")), 0);
    // Gone (a process seen earlier and reaped since) or a zombie: it does nothing any more.
    if (state == null || state.equals("Z") || state.equals("X")) {
      return true;
    }
    boolean jvm = isJvm(dir);
    Wait telling = null;
    List<Path> tasks = tasks(dir);
    if (tasks.isEmpty()) {
      return false;
    }
    for (Path task : tasks) {
      String name = jvm ? stripped(read(task.resolve("comm"))) : null;
      if (name != null && hotspot(name)) {
        continue;
      }
      String syscall = read(task.resolve("syscall"));
      Optional<Wait> wait =
          syscall == null ? Optional.empty() : calls.orElseThrow().read(syscall, pid, deadline);
      String switches = wait.isEmpty() ? null : contextSwitches(read(task.resolve("status")));
      if (switches == null) {
        return false;
      }
      threads.put(Long.parseLong(task.getFileName().toString()), syscall.strip() + switches);
      boolean jdkTimer =
          wait.get().kind() == Kind.CLOCK && name != null && JDK_THREADS.contains(name);
      if (!jdkTimer && (telling == null || wait.get().kind().compareTo(telling.kind()) > 0)) {
        telling = wait.get();
      }
    }
    String command = stripped(read(dir.resolve("comm")));
    if (command != null && sandboxCommands.contains(command)) {
      return true;
    }
    processes.add(
        new ProcessWait(
            command == null ? "pid " + pid : command,
            telling == null ? new Wait(Kind.THREAD, false, Duration.ZERO) : telling));
    return true;
  }

  private static boolean hotspot(String name) {
    return HOTSPOT_THREADS.contains(name)
        || HOTSPOT_THREAD_PREFIXES.stream().anyMatch(name::startsWith);
  }

  private static boolean isJvm(Path dir) {
    try {
      Path exe = Files.readSymbolicLink(dir.resolve("exe")).getFileName();
      return exe != null && exe.toString().equals("java");
    } catch (IOException | UnsupportedOperationException | SecurityException e) {
      return false;
    }
  }

  private static List<Path> tasks(Path dir) {
    try (Stream<Path> tasks = Files.list(dir.resolve("task"))) {
      return tasks.sorted().toList();
    } catch (IOException | UncheckedIOException e) {
      return List.of();
    }
  }

  /** The voluntary and involuntary context switches: a thread that ran in between has more. */
  private static String contextSwitches(String status) {
    if (status == null) {
      return null;
    }
    StringBuilder switches = new StringBuilder();
    status
        .lines()
        .filter(line -> line.contains("ctxt_switches:"))
        .forEach(
            line -> switches.append(' ').append(line.substring(line.indexOf(':') + 1).strip()));
    return switches.isEmpty() ? null : switches.toString();
  }

  /** A field of a stat line after the command name (which may hold spaces and parentheses). */
  private static String field(String stat, int index) {
    if (stat == null || stat.lastIndexOf(')') < 0) {
      return null;
    }
    String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
    return fields.length > index ? fields[index] : null;
  }

  private static String stripped(String text) {
    return text == null ? null : text.strip();
  }

  private static String read(Path file) {
    try {
      return Files.readString(file);
    } catch (IOException | UncheckedIOException | SecurityException e) {
      return null;
    }
  }
}
