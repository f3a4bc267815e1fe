package dev.grader.sandbox;

import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * How to start a student's JVM with bounded memory and a quick start-up, using the grader's own
 * JDK. The same flags travel in {@code JAVA_TOOL_OPTIONS}, so that JVMs the student's program
 * starts itself (the assignment is about processes) are bounded too; a flag given explicitly on
 * such a command line wins, which is why the cgroup memory limit is the real backstop.
 *
 * @param javaHome the JDK to run; {@link #ofGraderJdk(int)} uses the grader's own, the one {@link
 *     #STARTUP_FLAGS} are chosen for
 * @param heapMb {@code -Xmx} of every JVM of the run
 * @param initialHeapMb {@code -Xms}, at most {@code heapMb}
 * @param metaspaceMb {@code -XX:MaxMetaspaceSize}
 * @param directMemoryMb {@code -XX:MaxDirectMemorySize}
 * @param stackKb {@code -Xss}, which also bounds the memory of thread-spawning programs
 * @param archive a {@link ProgramArchive} every JVM of the run maps, if any
 */
public record JvmLaunch(
    Path javaHome,
    int heapMb,
    int initialHeapMb,
    int metaspaceMb,
    int directMemoryMb,
    int stackKb,
    Optional<Path> archive) {

  /**
   * Start-up flags: C1 only, no perf-data file, the JDK's class-data archive mapped where it was
   * built instead of relocated, and the collector that maps that archive's pre-built heap (the
   * module graph among it) on the running JDK: G1 on JDK 17, where the serial collector ignores it;
   * the serial collector from JDK 18 on. Measured on 2 cores, CPU per run: a small program 60 ms
   * (G1) against 77 ms (serial) on JDK 17, 64 ms (serial) against 66 ms (G1) on JDK 25; a program
   * that starts four JVMs 365 ms against 454 ms on JDK 17, 384 ms against 393 ms on JDK 25. Not
   * relocating the archive saves another 7-8 ms per JVM on both (a program that starts four JVMs:
   * 323 ms to 276 ms on JDK 17); what it gives up, a random address for the archive, matters little
   * to a JVM that runs in the sandbox anyway. Compiling methods after three times the usual number
   * of calls spares a short-lived JVM compiles it would hardly use: 8-9% less CPU for the test JVM
   * (481 to 437 ms, JDK 17) and for a program that starts four JVMs (288 to 264 ms, JDK 25), while
   * a long computation's loops are still compiled within milliseconds. No {@code -Xshare} option:
   * sharing is on by default, and a JVM given one refuses to map an ahead-of-time cache (the test
   * runner's from JDK 25 on, {@link ArchiveDump#fastestFor(int)}).
   */
  public static final List<String> STARTUP_FLAGS = startupFlags(Runtime.version().feature());

  /** Printed by a JVM whose heap, metaspace or direct memory limit was reached. */
  private static final String OUT_OF_MEMORY = "java.lang.OutOfMemoryError";

  private static final int INITIAL_HEAP_MB = 64;

  /** Memory a JVM uses beyond heap, metaspace and direct buffers (code cache, GC, threads). */
  private static final int JVM_OVERHEAD_MB = 64;

  public JvmLaunch {
    Objects.requireNonNull(javaHome, "javaHome");
    Objects.requireNonNull(archive, "archive");
    if (heapMb <= 0 || metaspaceMb <= 0 || directMemoryMb <= 0 || stackKb <= 0) {
      throw new IllegalArgumentException("JVM memory sizes must be positive");
    }
    if (initialHeapMb <= 0 || initialHeapMb > heapMb) {
      throw new IllegalArgumentException("the initial heap must be positive and at most the heap");
    }
  }

  /** {@link #STARTUP_FLAGS} as they are for a JVM of {@code jdkFeature}. */
  public static List<String> startupFlags(int jdkFeature) {
    List<String> flags =
        new ArrayList<>(
            List.of(
                "-XX:TieredStopAtLevel=1",
                "-XX:CompileThresholdScaling=3",
                "-XX:-UsePerfData",
                "-XX:+UnlockDiagnosticVMOptions",
                "-XX:ArchiveRelocationMode=0"));
    if (jdkFeature >= 18) {
      flags.add("-XX:+UseSerialGC");
    }
    return List.copyOf(flags);
  }

  /** The grader's JDK with the given heap and defaults that suit small student programs. */
  public static JvmLaunch ofGraderJdk(int heapMb) {
    return new JvmLaunch(
        Path.of(System.getProperty("java.home")),
        heapMb,
        Math.min(INITIAL_HEAP_MB, heapMb),
        128,
        64,
        1024,
        Optional.empty());
  }

  /**
   * This launch with every JVM mapping {@code archive}. A path with white space or quotes is left
   * out: {@code JAVA_TOOL_OPTIONS} separates options by spaces and treats quotes as quoting.
   */
  public JvmLaunch withArchive(Optional<Path> archive) {
    Optional<Path> usable =
        archive
            .map(Path::toAbsolutePath)
            .filter(
                path ->
                    path.toString()
                        .chars()
                        .noneMatch(c -> Character.isWhitespace(c) || c == '\'' || c == '"'));
    return new JvmLaunch(
        javaHome, heapMb, initialHeapMb, metaspaceMb, directMemoryMb, stackKb, usable);
  }

  /**
   * This launch with the whole heap from the start, for JVMs that allocate enough to outgrow a
   * small one several times over (the test runner: JUnit's discovery).
   */
  public JvmLaunch withWholeHeap() {
    return new JvmLaunch(javaHome, heapMb, heapMb, metaspaceMb, directMemoryMb, stackKb, archive);
  }

  /** {@link #STARTUP_FLAGS}, then the options that map {@link #archive()} when there is one. */
  public List<String> startup() {
    List<String> flags = new ArrayList<>(STARTUP_FLAGS);
    archive.ifPresent(path -> flags.addAll(ArchiveDump.options(path)));
    return flags;
  }

  public Path javaBinary() {
    boolean windows = File.separatorChar == '\\';
    return javaHome.resolve("bin").resolve(windows ? "java.exe" : "java");
  }

  /**
   * The limits and the initial heap. {@link #ofGraderJdk(int)} starts small: G1 (JDK 17's children)
   * sets up a heap of the machine's default initial size (a 64th of its memory) at every start,
   * which costs a small program more than growing later. Measured on 2 cores, CPU per run on JDK 17
   * (median of 20), with every JVM of the program starting small: a program that starts one JVM 182
   * to 180 ms, one that starts four 276 to 260 ms; the JVMs a program starts now keep the default
   * (see {@link #environment()}). The test JVM was slower with it (447 to 470 ms) and keeps its
   * whole heap ({@link #withWholeHeap()}: 443 ms). No change on JDK 25's serial collector.
   */
  public List<String> memoryFlags() {
    List<String> flags = new ArrayList<>(List.of("-Xms" + initialHeapMb + "m"));
    flags.addAll(limitFlags());
    return flags;
  }

  /**
   * The limits alone, for {@link #environment()}: an initial heap there would stop a JVM the
   * program starts with a smaller {@code -Xmx} of its own ("incompatible minimum and maximum heap
   * sizes"), so those JVMs keep the default initial heap.
   */
  private List<String> limitFlags() {
    return List.of(
        "-Xmx" + heapMb + "m",
        "-XX:MaxMetaspaceSize=" + metaspaceMb + "m",
        "-XX:MaxDirectMemorySize=" + directMemoryMb + "m",
        "-Xss" + stackKb + "k");
  }

  /** {@code java <flags> -cp <classpath> <mainClass> <args>}. */
  public List<String> command(List<Path> classpath, String mainClass, List<String> args) {
    List<String> command = new ArrayList<>();
    command.add(javaBinary().toString());
    command.addAll(memoryFlags());
    command.addAll(startup());
    command.add("-cp");
    command.add(
        classpath.stream()
            .map(path -> path.toAbsolutePath().toString())
            .collect(Collectors.joining(File.pathSeparator)));
    command.add(mainClass);
    command.addAll(args);
    return command;
  }

  /**
   * The variables to put in {@link RunRequest#env()}: {@code JAVA_TOOL_OPTIONS} with the memory and
   * start-up flags. Every JVM prints a notice about it to stderr; the sandbox removes it.
   */
  public Map<String, String> environment() {
    return Map.of(
        "JAVA_TOOL_OPTIONS",
        Stream.concat(limitFlags().stream(), startup().stream()).collect(Collectors.joining(" ")));
  }

  /**
   * Whether a run that failed did so because one of its JVMs reached a limit of {@link
   * #memoryFlags()}: the always-on memory limit, reported like the tree's.
   */
  static boolean diedOfOutOfMemory(String stderr) {
    return stderr.contains(OUT_OF_MEMORY);
  }

  /**
   * A {@link RunRequest#memoryMb()} for a run of up to {@code jvms} JVMs of this size at once: the
   * cgroup limit then only stops what the JVM flags cannot (native memory, a student's {@code
   * -Xmx}).
   */
  public int treeMemoryMb(int jvms) {
    if (jvms <= 0) {
      throw new IllegalArgumentException("jvms must be positive");
    }
    return jvms * (heapMb + metaspaceMb + directMemoryMb + JVM_OVERHEAD_MB);
  }
}
