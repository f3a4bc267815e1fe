package dev.grader.sandbox;

import dev.grader.schedule.LongestFirst;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.apache.commons.exec.CommandLine;
import org.apache.commons.exec.DaemonExecutor;
import org.apache.commons.exec.ExecuteException;
import org.apache.commons.exec.ExecuteResultHandler;
import org.apache.commons.exec.ExecuteStreamHandler;

/**
 * One run: start the wrapped command, watch time and output, kill the whole tree, collect. The
 * thread calling {@link #execute()} only watches; Commons Exec starts the process on a thread of
 * its own that lives exactly as long as the direct child, which {@code bwrap --die-with-parent}
 * needs (its parent-death signal fires when the starting thread ends).
 */
final class SandboxRun {

  /** Environment variable marking every process of a run, found again even when detached. */
  static final String TAG_VARIABLE = "GRADER_RUN_TAG";

  private static final Duration POLL = Duration.ofMillis(20);
  private static final Duration START_LIMIT = Duration.ofSeconds(10);
  private static final Duration EXIT_GRACE = Duration.ofSeconds(1);
  private static final Duration DRAIN_GRACE = Duration.ofMillis(500);
  private static final String UNIX_PATH = "/usr/local/bin:/usr/bin:/bin";

  /** Joins every hierarchy of the run's cgroup, then becomes the real command. */
  private static final String JOIN_CGROUP =
      "while [ \"$1\" != -- ]; do echo $$ > \"$1\" || exit 125; shift; done; shift; exec \"$@\"";

  private final RunRequest request;
  private final Optional<Bubblewrap> bubblewrap;
  private final Optional<Cgroups> cgroups;
  private final HostTools tools;
  private final LongestFirst slots;
  private final String tag = UUID.randomUUID().toString();

  SandboxRun(
      RunRequest request,
      Optional<Bubblewrap> bubblewrap,
      Optional<Cgroups> cgroups,
      HostTools tools,
      LongestFirst slots) {
    this.request = request;
    this.slots = slots;
    this.bubblewrap = bubblewrap;
    this.cgroups = cgroups;
    this.tools = tools;
  }

  RunResult execute() {
    LongestFirst.Turn slot = slots.take(request.expected());
    try {
      return execute(slot);
    } finally {
      slot.giveBack();
    }
  }

  private RunResult execute(LongestFirst.Turn slot) {
    long started = System.nanoTime();
    Map<String, String> env = environment();
    String program = request.command().get(0);
    if (Executables.find(program, env.get("PATH")).isEmpty()) {
      return failedToStart(started, "cannot run " + program + ": not found or not executable");
    }
    try {
      Files.createDirectories(request.workDir().resolve("tmp"));
    } catch (IOException e) {
      return failedToStart(started, "cannot prepare work folder " + request.workDir() + ": " + e);
    }
    RunCgroup cgroup = createCgroup();
    try {
      return supervise(started, env, cgroup, slot);
    } finally {
      if (cgroup != null) {
        cgroup.close();
      }
    }
  }

  private RunResult supervise(
      long started, Map<String, String> env, RunCgroup cgroup, LongestFirst.Turn slot) {
    CompletableFuture<Void> limitReached = new CompletableFuture<>();
    OutputCapture capture =
        new OutputCapture(
            request.stdin(), request.outputLimitBytes(), () -> limitReached.complete(null));
    LaunchingExecutor executor = new LaunchingExecutor(request.workDir(), capture);
    Process process;
    try {
      executor.execute(commandLine(wrap(cgroup)), env, IGNORE_RESULT);
      process = executor.launched.get(START_LIMIT.toMillis(), TimeUnit.MILLISECONDS);
    } catch (IOException | ExecutionException | TimeoutException e) {
      return failedToStart(started, "cannot start " + request.command() + ": " + e.getMessage());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return failedToStart(started, "interrupted while starting " + request.command());
    }
    // Held by a cgroup inside bubblewrap, every process of the run stays in the cgroup (no cgroup
    // filesystem inside), so the cgroup's kill ends them all; the /proc sweep of a ProcessTree
    // would only cost time (about 11 ms of CPU per run, and a kill process).
    ProcessTree tree =
        cgroup != null && bubblewrap.isPresent()
            ? null
            : new ProcessTree(process.toHandle(), tools.setsid().isPresent(), tag);
    // Read from /proc, the time may fall short: enough to give a slowed program more time
    // than its wall-clock timeout, and to spare reading a computing tree thread by thread, not to
    // report, nor to give a run's slot away (a tree whose work is in processes nobody waits for
    // would look idle while it loads the cores).
    Supplier<Duration> treeCpu = cgroup == null ? tree::cpu : cgroup::cpu;
    TimeLimit limit = new TimeLimit(started, request.timeout(), treeCpu);
    // Only a cgroup or bubblewrap's PID namespace keeps every process of the run in view; a
    // process left out would be taken for not there. Bubblewrap's monitor is the direct child.
    boolean heldWhole = cgroup != null || bubblewrap.isPresent();
    WaitingTree waiting =
        new WaitingTree(
            heldWhole ? BlockedCall.forThisPlatform() : Optional.empty(),
            cgroup != null ? cgroup::members : tree::pids,
            bubblewrap.isPresent() ? Set.of(process.pid()) : Set.of(),
            bubblewrap.map(Bubblewrap::command).stream().collect(Collectors.toSet()),
            started,
            request.timeout());
    Watched watched =
        new Watched(
            process,
            capture,
            cgroup == null ? tree : null,
            limitReached,
            waiting,
            new TreeActivity(treeCpu));
    Termination ending = watch(limit, watched, slot);
    if (cgroup != null) {
      cgroup.kill();
    }
    if (tree != null) {
      tree.kill();
    }
    Duration wall = Duration.ofNanos(System.nanoTime() - started);
    boolean exited = waitFor(process);
    capture.awaitDrained(DRAIN_GRACE);
    int exitCode = exited ? process.exitValue() : -1;
    // A tree that ran out of memory often times out too (a parent waiting on a killed child):
    // the memory limit is the cause worth reporting.
    if (capture.limitExceeded()) {
      ending = Termination.OUTPUT_LIMIT;
    } else if (cgroup != null && cgroup.oomKilled()) {
      ending = Termination.MEMORY_LIMIT;
    } else if (ending == Termination.EXITED
        && exitCode != 0
        && JvmLaunch.diedOfOutOfMemory(capture.stderr())) {
      ending = Termination.MEMORY_LIMIT;
    }
    return new RunResult(
        ending,
        exitCode,
        capture.stdout(),
        capture.stderr(),
        capture.totalBytes(),
        wall,
        cgroup == null ? null : cgroup.cpu(),
        isolation(cgroup),
        ending == Termination.TIMEOUT ? waiting.waits() : List.of());
  }

  /**
   * What {@link #watch} looks at. A cgroup holds every process of its run, orphans included; only
   * without one are the tree's descendants snapshot on every turn, so that orphans are still known
   * at the kill. Each snapshot reads all of /proc, so {@code tree} is null when a cgroup holds the
   * run. {@code waiting} tells when nothing can wake the tree before its timeout; {@code activity}
   * whether it computes, read once a window for both the slot and {@code waiting}.
   */
  private record Watched(
      Process process,
      OutputCapture capture,
      ProcessTree tree,
      CompletableFuture<Void> limitReached,
      WaitingTree waiting,
      TreeActivity activity) {}

  /**
   * Waits for the direct child, the time limit or the output limit, whichever comes first (the time
   * limit as soon as nothing can wake the tree before it), and gives the run's slot back early once
   * the tree is seen only waiting.
   */
  private Termination watch(TimeLimit limit, Watched watched, LongestFirst.Turn slot) {
    // A latch, not the future's timed get: that throws an exception on every quiet poll (about
    // 16,000 of them in a class of 40, some 90 ms of the grader's CPU).
    CountDownLatch event = new CountDownLatch(1);
    CompletableFuture.anyOf(watched.process().onExit(), watched.limitReached())
        .whenComplete((ended, fault) -> event.countDown());
    while (true) {
      if (watched.tree() != null) {
        watched.tree().snapshot();
      }
      if (watched.capture().limitExceeded()) {
        return Termination.OUTPUT_LIMIT;
      }
      if (!watched.process().isAlive()) {
        return Termination.EXITED;
      }
      long left = limit.remainingNanos();
      long now = System.nanoTime();
      TreeActivity.State state = watched.activity().look(now);
      if (left <= 0 || watched.waiting().cannotFinish(now, state)) {
        return Termination.TIMEOUT;
      }
      // Only the cgroup's figure, which has no tree to snapshot, is exact enough to hand on a slot.
      if (slot.held() && watched.tree() == null && state == TreeActivity.State.WAITING) {
        slot.giveBack();
      }
      try {
        event.await(Math.min(left, POLL.toNanos()), TimeUnit.NANOSECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return Termination.TIMEOUT;
      }
    }
  }

  private static boolean waitFor(Process process) {
    try {
      return process.waitFor(EXIT_GRACE.toMillis(), TimeUnit.MILLISECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return !process.isAlive();
    }
  }

  /** Cgroup placement, then a new session, then bubblewrap, then the program. */
  private List<String> wrap(RunCgroup cgroup) {
    List<String> command = new ArrayList<>();
    if (cgroup != null) {
      command.addAll(List.of(tools.shell().orElseThrow().toString(), "-c", JOIN_CGROUP, "sh"));
      cgroup.procsFiles().forEach(file -> command.add(file.toString()));
      command.add("--");
    }
    tools.setsid().ifPresent(path -> command.add(path.toString()));
    command.addAll(
        bubblewrap.map(layer -> layer.wrap(request, request.command())).orElse(request.command()));
    return command;
  }

  private RunCgroup createCgroup() {
    if (cgroups.isEmpty() || tools.shell().isEmpty()) {
      return null;
    }
    try {
      return cgroups.get().create(request.memoryMb(), request.maxProcesses());
    } catch (IOException | RuntimeException e) {
      // Reported through the run's isolation, which then lacks "cgroup".
      return null;
    }
  }

  private Map<String, String> environment() {
    boolean windows = File.separatorChar == '\\';
    Path javaHome = Path.of(System.getProperty("java.home"));
    Map<String, String> env = new LinkedHashMap<>();
    if (windows) {
      for (String name : List.of("SystemRoot", "windir", "ComSpec", "PATHEXT")) {
        Optional.ofNullable(System.getenv(name)).ifPresent(value -> env.put(name, value));
      }
    }
    String systemPath = windows ? System.getenv().getOrDefault("Path", "") : UNIX_PATH;
    env.put("PATH", javaHome.resolve("bin") + File.pathSeparator + systemPath);
    env.put("JAVA_HOME", javaHome.toString());
    env.put("LANG", "C.UTF-8");
    env.put("HOME", request.workDir().toAbsolutePath().toString());
    env.put("TMPDIR", request.workDir().toAbsolutePath().resolve("tmp").toString());
    env.putAll(request.env());
    env.put(TAG_VARIABLE, tag);
    return env;
  }

  private String isolation(RunCgroup cgroup) {
    List<String> layers = new ArrayList<>();
    bubblewrap.ifPresent(layer -> layers.add("bubblewrap"));
    if (cgroup != null) {
      layers.add(cgroups.orElseThrow().description());
    }
    return layers.isEmpty() ? ProcessSandbox.UNSANDBOXED : String.join("+", layers);
  }

  private RunResult failedToStart(long started, String why) {
    return new RunResult(
        Termination.FAILED_TO_START,
        -1,
        "",
        why,
        0,
        Duration.ofNanos(System.nanoTime() - started),
        null,
        isolation(null),
        List.of());
  }

  private static CommandLine commandLine(List<String> command) {
    CommandLine line = new CommandLine(command.get(0));
    command.subList(1, command.size()).forEach(arg -> line.addArgument(arg, false));
    return line;
  }

  private static final ExecuteResultHandler IGNORE_RESULT =
      new ExecuteResultHandler() {
        @Override
        public void onProcessComplete(int exitValue) {
          // The watcher reads the exit code from the process itself.
        }

        @Override
        public void onProcessFailed(ExecuteException e) {
          // Start failures surface through LaunchingExecutor.launched.
        }
      };

  /** Starts the process in the run's folder and hands the {@link Process} to the watcher. */
  private static final class LaunchingExecutor extends DaemonExecutor {
    private final CompletableFuture<Process> launched = new CompletableFuture<>();
    private final Path workDir;

    LaunchingExecutor(Path workDir, ExecuteStreamHandler streams) {
      this.workDir = workDir;
      setStreamHandler(streams);
      setExitValues(null);
    }

    @Override
    protected Process launch(CommandLine command, Map<String, String> env, Path ignored)
        throws IOException {
      try {
        Process process = super.launch(command, env, workDir);
        launched.complete(process);
        return process;
      } catch (IOException | RuntimeException e) {
        launched.completeExceptionally(e);
        throw e;
      }
    }
  }
}
