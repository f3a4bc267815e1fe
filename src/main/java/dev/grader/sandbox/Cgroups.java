package dev.grader.sandbox;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The cgroup hierarchies this machine lets the grader write to, found once. Pure cgroup v2 gives
 * everything in one place; hybrid machines mix v2 (atomic kill, CPU time) with v1 memory, pids and
 * cpuacct hierarchies. A grader parent cgroup {@code grader-<pid>} is made under the grader's own
 * cgroup in each hierarchy, and one child of it per run.
 */
final class Cgroups {

  /** What the cgroup layer can do besides killing the whole tree. */
  enum Feature {
    MEMORY,
    PIDS,
    CPU
  }

  private static final Path MOUNTINFO = Path.of("/proc/self/mountinfo");
  private static final Path OWN_CGROUPS = Path.of("/proc/self/cgroup");
  private static final AtomicLong RUNS = new AtomicLong();

  private final Path unified;
  private final boolean unifiedMemory;
  private final boolean unifiedPids;
  private final Path memory;
  private final Path pids;
  private final Path cpuacct;

  private Cgroups(
      Path unified,
      boolean unifiedMemory,
      boolean unifiedPids,
      Path memory,
      Path pids,
      Path cpuacct) {
    this.unified = unified;
    this.unifiedMemory = unifiedMemory;
    this.unifiedPids = unifiedPids;
    this.memory = memory;
    this.pids = pids;
    this.cpuacct = cpuacct;
  }

  /**
   * The usable hierarchies, or empty when none is writable (or this is not Linux). Call once per
   * grader process: the parents live until it exits.
   */
  static Optional<Cgroups> probe() {
    if (!Files.isReadable(MOUNTINFO) || !Files.isReadable(OWN_CGROUPS)) {
      return Optional.empty();
    }
    List<String> mounts;
    List<String> own;
    try {
      mounts = Files.readAllLines(MOUNTINFO);
      own = Files.readAllLines(OWN_CGROUPS);
    } catch (IOException e) {
      return Optional.empty();
    }
    String name = "grader-" + ProcessHandle.current().pid();
    Path unified = graderParent(mounts, own, null, name);
    boolean unifiedMemory = unified != null && delegate(unified, "memory");
    boolean unifiedPids = unified != null && delegate(unified, "pids");
    Path memory = unifiedMemory ? null : graderParent(mounts, own, "memory", name);
    Path pids = unifiedPids ? null : graderParent(mounts, own, "pids", name);
    boolean unifiedCpu = unified != null && Files.exists(unified.resolve("cpu.stat"));
    Path cpuacct = unifiedCpu ? null : graderParent(mounts, own, "cpuacct", name);
    if (unified == null && memory == null && pids == null && cpuacct == null) {
      return Optional.empty();
    }
    Cgroups cgroups = new Cgroups(unified, unifiedMemory, unifiedPids, memory, pids, cpuacct);
    Thread cleanup = new Thread(cgroups::removeParents, "sandbox-cgroup-cleanup");
    try {
      cgroups.create(64, 16).close();
      Runtime.getRuntime().addShutdownHook(cleanup);
      return Optional.of(cgroups);
    } catch (IOException | UncheckedIOException e) {
      cgroups.removeParents();
      return Optional.empty();
    }
  }

  Set<Feature> features() {
    Set<Feature> features = EnumSet.noneOf(Feature.class);
    if (unifiedMemory || memory != null) {
      features.add(Feature.MEMORY);
    }
    if (unifiedPids || pids != null) {
      features.add(Feature.PIDS);
    }
    if (cpuacct != null || (unified != null && Files.exists(unified.resolve("cpu.stat")))) {
      features.add(Feature.CPU);
    }
    return features;
  }

  /** {@code cgroup} when every feature works, else e.g. {@code cgroup(cpu)}. */
  String description() {
    Set<Feature> features = features();
    return features.size() == Feature.values().length
        ? "cgroup"
        : features.stream()
            .map(feature -> feature.name().toLowerCase(Locale.ROOT))
            .collect(Collectors.joining(",", "cgroup(", ")"));
  }

  /** Makes the cgroup of one run with its limits; nothing is left behind when this fails. */
  RunCgroup create(int memoryMb, int maxProcesses) throws IOException {
    String name = "run-" + RUNS.incrementAndGet();
    List<Path> made = new ArrayList<>();
    try {
      Path unifiedRun = make(unified, name, made);
      Path memoryRun = make(memory, name, made);
      Path pidsRun = make(pids, name, made);
      Path cpuacctRun = make(cpuacct, name, made);
      long bytes = memoryMb * 1024L * 1024L;
      if (unifiedMemory) {
        write(unifiedRun.resolve("memory.max"), bytes);
        writeIfPresent(unifiedRun.resolve("memory.swap.max"), "0");
        writeIfPresent(unifiedRun.resolve("memory.oom.group"), "1");
      }
      if (unifiedPids) {
        write(unifiedRun.resolve("pids.max"), maxProcesses);
      }
      if (memoryRun != null) {
        write(memoryRun.resolve("memory.limit_in_bytes"), bytes);
        writeIfPresent(memoryRun.resolve("memory.memsw.limit_in_bytes"), Long.toString(bytes));
      }
      if (pidsRun != null) {
        write(pidsRun.resolve("pids.max"), maxProcesses);
      }
      Path oomEvents =
          unifiedMemory
              ? unifiedRun.resolve("memory.events")
              : memoryRun == null ? null : memoryRun.resolve("memory.oom_control");
      Path cpuStat = cpuacctRun == null ? null : cpuacctRun.resolve("cpuacct.usage");
      if (cpuStat == null && unifiedRun != null && Files.exists(unifiedRun.resolve("cpu.stat"))) {
        cpuStat = unifiedRun.resolve("cpu.stat");
      }
      return new RunCgroup(made, unifiedRun, oomEvents, cpuStat);
    } catch (IOException | RuntimeException e) {
      RunCgroup.remove(made);
      throw e;
    }
  }

  /** Removes the grader parents when the grader exits (each run removes its own cgroup). */
  private void removeParents() {
    for (Path parent : new Path[] {unified, memory, pids, cpuacct}) {
      if (parent != null) {
        try {
          Files.deleteIfExists(parent);
        } catch (IOException ignored) {
          // A run still being torn down; the next grader start removes the leftover.
        }
      }
    }
  }

  private static Path make(Path parent, String name, List<Path> made) throws IOException {
    if (parent == null) {
      return null;
    }
    Path dir = parent.resolve(name);
    Files.createDirectory(dir);
    made.add(dir);
    return dir;
  }

  /**
   * Creates {@code grader-<pid>} under the grader's own cgroup of the hierarchy holding {@code
   * controller} (or of the v2 hierarchy when it is null), or null when that is not possible.
   */
  private static Path graderParent(
      List<String> mounts, List<String> own, String controller, String name) {
    for (String mount : mounts) {
      String[] halves = mount.split(" - ", 2);
      String[] fields = halves[0].split(" ");
      String[] tail = halves.length == 2 ? halves[1].split(" ") : new String[0];
      if (fields.length < 5 || tail.length < 3 || !matches(tail, controller)) {
        continue;
      }
      Optional<String> path = ownPath(own, controller);
      if (path.isEmpty()) {
        continue;
      }
      String root = fields[3];
      String relative = path.get().startsWith(root) ? path.get().substring(root.length()) : "";
      Path parent = Path.of(fields[4], relative.replaceFirst("^/+", "")).resolve(name);
      try {
        removeStaleSiblings(parent.getParent());
        Files.createDirectories(parent);
        return Files.isWritable(parent.resolve("cgroup.procs")) ? parent : null;
      } catch (IOException | UncheckedIOException e) {
        return null;
      }
    }
    return null;
  }

  private static boolean matches(String[] tail, String controller) {
    if (controller == null) {
      return tail[0].equals("cgroup2");
    }
    return tail[0].equals("cgroup") && List.of(tail[2].split(",")).contains(controller);
  }

  /** The grader's own cgroup path in that hierarchy, from /proc/self/cgroup. */
  private static Optional<String> ownPath(List<String> own, String controller) {
    for (String line : own) {
      String[] parts = line.split(":", 3);
      if (parts.length < 3) {
        continue;
      }
      boolean hit =
          controller == null
              ? parts[0].equals("0") && parts[1].isEmpty()
              : List.of(parts[1].split(",")).contains(controller);
      if (hit) {
        return Optional.of(parts[2]);
      }
    }
    return Optional.empty();
  }

  /** Enables a v2 controller for the runs' cgroups, if the grader's cgroup may delegate it. */
  private static boolean delegate(Path parent, String controller) {
    Path own = parent.getParent();
    try {
      if (!Files.readString(own.resolve("cgroup.controllers")).contains(controller)) {
        return false;
      }
      if (!Files.readString(own.resolve("cgroup.subtree_control")).contains(controller)) {
        Files.writeString(own.resolve("cgroup.subtree_control"), "+" + controller);
      }
      Files.writeString(parent.resolve("cgroup.subtree_control"), "+" + controller);
      return true;
    } catch (IOException e) {
      return false;
    }
  }

  /** Parents left by graders that died without closing their sandbox. */
  private static void removeStaleSiblings(Path dir) throws IOException {
    try (Stream<Path> siblings = Files.list(dir)) {
      siblings
          .filter(sibling -> sibling.getFileName().toString().matches("grader-\\d+"))
          .filter(sibling -> ProcessHandle.of(pidOf(sibling)).isEmpty())
          .forEach(
              sibling -> {
                try (Stream<Path> runs = Files.list(sibling)) {
                  runs.filter(Files::isDirectory).forEach(RunCgroup::removeQuietly);
                } catch (IOException ignored) {
                  // Left for a later start.
                }
                RunCgroup.removeQuietly(sibling);
              });
    }
  }

  private static long pidOf(Path sibling) {
    return Long.parseLong(sibling.getFileName().toString().substring("grader-".length()));
  }

  private static void write(Path file, long value) throws IOException {
    Files.writeString(file, Long.toString(value));
  }

  private static void writeIfPresent(Path file, String value) {
    try {
      if (Files.exists(file)) {
        Files.writeString(file, value);
      }
    } catch (IOException ignored) {
      // Optional refinement (swap accounting, group OOM kill) the kernel does not offer.
    }
  }
}
