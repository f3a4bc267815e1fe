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
 * timers of their own but run no program code, so they are not counted as long as they are idle: a
 * collection or a compile in progress (a program thread may be waiting for it) keeps the run going.
 * Linux only; elsewhere, and where /proc cannot be read, every run waits for its timeout.
 */
final class WaitingTree {

  private static final Path PROC = Path.of("/proc");

  /**
   * How far past the limit a wait must end to count: the timeout's own kill comes a poll after the
   * limit, and a program should not lose output it would have printed in between.
   */
  static final Duration MARGIN = Duration.ofSeconds(1);

  /**
   * HotSpot's own threads may use this much CPU between two looks (its periodic tasks take well
   * under a millisecond a quarter second); more means a collection or a compile a program thread
   * may be waiting for. It is also well under the tenth of a core over the window that makes the
   * time limit let a computing tree run on past its timeout.
   */
  private static final long HOTSPOT_IDLE_NANOS = Duration.ofMillis(5).toNanos();

  /** HotSpot's threads that run no program code and of which a JVM has one, as Linux names them. */
  private static final Set<String> HOTSPOT_SINGLE_THREADS =
      Set.of(
          "VM Thread",
          "VM Periodic Tas",
          "G1 Main Marker",
          "G1 Service",
          "Sweeper thread",
          "Monitor Deflati",
          "Service Thread",
          "Attach Listener");

  /** HotSpot's numbered threads that run no program code (collectors, compilers). */
  private static final List<String> HOTSPOT_THREAD_PREFIXES =
      List.of("GC Thread#", "G1 Conc#", "G1 Refine#", "C1 CompilerThre", "C2 CompilerThre");

  /**
   * The JDK's own Java threads, counted like the program's; only their timed waits (an idle pool
   * thread, the cleaner) say nothing about the program, so they are left out of what it waits for.
   */
  private static final Set<String> JDK_JAVA_THREADS =
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
   * @param calls the system calls of this platform, or empty to never stop a run early
   * @param pids every process of the run
   * @param monitors processes of the sandbox outside the run that only watch it (bubblewrap's
   *     monitor, which polls for signals and its child's end): not counted
   * @param sandboxCommands command names of the sandbox's own processes inside the run
   *     (bubblewrap's init): counted, but not named among what the program waits for
   * @param started when the run started, from {@link System#nanoTime()}
   * @param timeout the run's time limit
   */
  WaitingTree(
      Optional<BlockedCall> calls,
      Supplier<Collection<Long>> pids,
      Set<Long> monitors,
      Set<String> sandboxCommands,
      long started,
      Duration timeout) {
    this.calls = calls;
    this.pids = pids;
    this.monitors = Set.copyOf(monitors);
    this.sandboxCommands = Set.copyOf(sandboxCommands);
    long monotonic = started + timeout.plus(MARGIN).toNanos();
    this.deadline =
        new Deadline(
            timeout.plus(MARGIN),
            monotonic,
            BlockedCall.realtimeNanos() + (monotonic - System.nanoTime()));
    this.lookedAt = started;
  }

  /**
   * Looks at the tree once a {@link TreeActivity#WINDOW_NANOS window}; true once nothing can wake
   * it before its limit.
   *
   * @param activity what the run's activity found at this turn: the tree is read thread by thread
   *     only at the end of a window it spent waiting, or when its CPU time is unknown (a run
   *     computes most of its time)
   */
  boolean cannotFinish(long now, TreeActivity.State activity) {
    if (activity == TreeActivity.State.COMPUTING) {
      last = null;
    }
    if (activity == TreeActivity.State.COMPUTING || activity == TreeActivity.State.WATCHING) {
      return false;
    }
    if (calls.isEmpty() || now - lookedAt < TreeActivity.WINDOW_NANOS) {
      return false;
    }
    lookedAt = now;
    Scan scan = scan();
    boolean still =
        scan != null
            && last != null
            && scan.threads().equals(last.threads())
            && scan.hotspotNanos() - last.hotspotNanos() < HOTSPOT_IDLE_NANOS;
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

  /**
   * Every counted thread's call and context switches, the CPU time of HotSpot's own threads, and
   * what each process waits for.
   */
  private record Scan(Map<Long, String> threads, long hotspotNanos, List<ProcessWait> processes) {
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

  /** A process's command name and the wait that says most about it. */
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

  /** What one scan has found so far. */
  private static final class Found {
    final Map<Long, String> threads = new HashMap<>();
    final List<ProcessWait> processes = new ArrayList<>();
    long hotspotNanos;
  }

  /** The tree's waits, or null if a thread might go on before the limit. */
  private Scan scan() {
    Found found = new Found();
    for (long pid : new TreeSet<>(pids.get())) {
      if (!monitors.contains(pid) && !addProcess(pid, found)) {
        return null;
      }
    }
    return found.threads.isEmpty()
        ? null
        : new Scan(found.threads, found.hotspotNanos, found.processes);
  }

  /**
   * Adds a process's threads and what it waits for (nothing for one that has ended); false if one
   * of its threads might go on.
   */
  private boolean addProcess(long pid, Found found) {
    Path dir = PROC.resolve(Long.toString(pid));
    if (!Files.isDirectory(dir)) {
      return true;
    }
    // A POSIX timer may send a signal that wakes the process; without the file, none can be ruled
    // out (it needs a kernel built with checkpoint/restore, as the common distributions' are).
    String timers = read(dir.resolve("timers"));
    if (timers == null || !timers.isBlank()) {
      return false;
    }
    ProcessThreads threads = new ProcessThreads(dir, isJvm(dir));
    Wait telling = null;
    for (Path task : threads.tasks()) {
      String state = state(read(task.resolve("stat")));
      // Gone since listed, or ended while its process goes on (a leader that called pthread_exit).
      if (state == null || state.equals("Z") || state.equals("X")) {
        continue;
      }
      // Running, about to run, in an uninterruptible wait or stopped: it may go on.
      if (!state.equals("S")) {
        return false;
      }
      if (threads.hotspot(task)) {
        long nanos = runNanos(task);
        if (nanos < 0) {
          return false;
        }
        // Its tid joins the threads compared, so that one ending between looks cannot hide time.
        found.threads.put(tid(task), "HotSpot");
        found.hotspotNanos += nanos;
        continue;
      }
      String syscall = read(task.resolve("syscall"));
      Optional<Wait> wait =
          syscall == null ? Optional.empty() : calls.orElseThrow().read(syscall, pid, deadline);
      String switches = wait.isEmpty() ? null : contextSwitches(read(task.resolve("status")));
      if (switches == null) {
        return false;
      }
      found.threads.put(tid(task), syscall.strip() + switches);
      if (threads.tellsOfTheProgram(task, wait.get()) && moreTelling(wait.get(), telling)) {
        telling = wait.get();
      }
    }
    String command = stripped(read(dir.resolve("comm")));
    if (telling != null && (command == null || !sandboxCommands.contains(command))) {
      found.processes.add(new ProcessWait(command == null ? "pid " + pid : command, telling));
    }
    return true;
  }

  private static long tid(Path task) {
    return Long.parseLong(task.getFileName().toString());
  }

  /** A clock says more than a child, a child more than another thread. */
  private static boolean moreTelling(Wait wait, Wait than) {
    return than == null || wait.kind().ordinal() > than.kind().ordinal();
  }

  /** The threads of one process, with the names of a JVM's, read once they are needed. */
  private static final class ProcessThreads {
    private final Path dir;
    private final boolean jvm;
    private final List<Path> tasks;
    private Map<Path, String> names;

    ProcessThreads(Path dir, boolean jvm) {
      this.dir = dir;
      this.jvm = jvm;
      this.tasks = tasks(dir);
    }

    List<Path> tasks() {
      return tasks;
    }

    /**
     * Whether the thread is one of HotSpot's own: a JVM's thread with one of their names, and for
     * the names a JVM has once, the only thread of that name (a program may name a thread so).
     */
    boolean hotspot(Path task) {
      String name = name(task);
      if (name == null) {
        return false;
      }
      if (HOTSPOT_SINGLE_THREADS.contains(name)) {
        return names.values().stream().filter(name::equals).count() == 1;
      }
      return HOTSPOT_THREAD_PREFIXES.stream().anyMatch(name::startsWith);
    }

    /** Whether a counted thread's wait says something about the program. */
    boolean tellsOfTheProgram(Path task, Wait wait) {
      String name = name(task);
      return wait.kind() != Kind.CLOCK || name == null || !JDK_JAVA_THREADS.contains(name);
    }

    private String name(Path task) {
      if (!jvm) {
        return null;
      }
      if (names == null) {
        names = new HashMap<>();
        tasks.forEach(each -> names.put(each, stripped(read(each.resolve("comm")))));
      }
      return names.get(task);
    }

    private static List<Path> tasks(Path dir) {
      try (Stream<Path> tasks = Files.list(dir.resolve("task"))) {
        return tasks.sorted().toList();
      } catch (IOException | UncheckedIOException e) {
        return List.of();
      }
    }
  }

  private static boolean isJvm(Path dir) {
    try {
      Path exe = Files.readSymbolicLink(dir.resolve("exe")).getFileName();
      return exe != null && exe.toString().equals("java");
    } catch (IOException | UnsupportedOperationException | SecurityException e) {
      return false;
    }
  }

  /** The thread's time on a CPU in nanoseconds, or -1 where the kernel does not tell it. */
  private static long runNanos(Path task) {
    String schedstat = read(task.resolve("schedstat"));
    try {
      return schedstat == null ? -1 : Long.parseLong(schedstat.strip().split(" ")[0]);
    } catch (NumberFormatException e) {
      return -1;
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

  /** The state letter of a stat line, after the command name (which may hold spaces). */
  private static String state(String stat) {
    int end = stat == null ? -1 : stat.lastIndexOf(')');
    return end < 0 || stat.length() < end + 3 ? null : stat.substring(end + 2, end + 3);
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
