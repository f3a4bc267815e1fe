package dev.grader.sandbox;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * The bubblewrap layer: a fresh mount, pid, network, IPC, UTS and user namespace in which only
 * system software, the JDK, the request's read-only folders and its work folder exist. Killing the
 * {@code bwrap} process tears the whole pid namespace down ({@code --die-with-parent} on its init).
 */
final class Bubblewrap {

  /** What the probe found: the layer, or why it cannot be used. */
  record Probe(Optional<Bubblewrap> layer, String problem) {}

  /** System folders that are symlinks on merged-/usr systems and real folders elsewhere. */
  private static final List<String> SYSTEM_DIRS =
      List.of("/bin", "/sbin", "/lib", "/lib32", "/lib64", "/libx32");

  /** The part of /etc that programs and the JVM need; secrets such as shadow stay hidden. */
  private static final List<String> ETC_ENTRIES =
      List.of(
          "passwd",
          "group",
          "nsswitch.conf",
          "hosts",
          "host.conf",
          "localtime",
          "timezone",
          "ld.so.cache",
          "ld.so.conf",
          "ld.so.conf.d",
          "alternatives",
          "ssl",
          "ca-certificates",
          "fonts");

  private static final Path ETC = Path.of("/etc");

  private final Path binary;
  private final boolean sizedTmp;

  private Bubblewrap(Path binary, boolean sizedTmp) {
    this.binary = binary;
    this.sizedTmp = sizedTmp;
  }

  /** Finds {@code bwrap} on {@code searchPath} and checks that it really builds a sandbox here. */
  static Probe probe(String searchPath) {
    Optional<Path> binary = Executables.find("bwrap", searchPath);
    if (binary.isEmpty()) {
      return new Probe(Optional.empty(), "bwrap is not installed (not found on PATH)");
    }
    String problem = "";
    for (boolean sizedTmp : new boolean[] {true, false}) {
      Bubblewrap layer = new Bubblewrap(binary.get(), sizedTmp);
      problem = layer.tryRun();
      if (problem.isEmpty()) {
        return new Probe(Optional.of(layer), "");
      }
    }
    return new Probe(Optional.empty(), problem);
  }

  /** The command name its processes show ({@code bwrap}). */
  String command() {
    return binary.getFileName().toString();
  }

  /** The command that runs {@code command} for {@code request} inside the sandbox. */
  List<String> wrap(RunRequest request, List<String> command) {
    List<String> args = new ArrayList<>();
    args.add(binary.toString());
    args.addAll(
        List.of(
            "--unshare-all",
            "--die-with-parent",
            "--new-session",
            "--cap-drop",
            "ALL",
            "--ro-bind",
            "/usr",
            "/usr"));
    for (String dir : SYSTEM_DIRS) {
      Path path = Path.of(dir);
      if (Files.isSymbolicLink(path)) {
        args.addAll(List.of("--symlink", readLink(path), dir));
      } else if (Files.isDirectory(path)) {
        args.addAll(List.of("--ro-bind", dir, dir));
      }
    }
    etcEntries().forEach(entry -> args.addAll(List.of("--ro-bind-try", entry, entry)));
    args.addAll(List.of("--proc", "/proc", "--dev", "/dev"));
    if (sizedTmp) {
      args.addAll(List.of("--size", Long.toString(request.memoryMb() * 1024L * 1024L)));
    }
    args.addAll(List.of("--tmpfs", "/tmp"));
    binds(request).forEach(args::addAll);
    args.addAll(List.of("--chdir", absolute(request.workDir()), "--"));
    args.addAll(command);
    return args;
  }

  /**
   * Read-only binds of the JDK and the request's folders, then the writable work folder; deeper
   * paths last so that a folder inside another keeps its own mode.
   */
  private static List<List<String>> binds(RunRequest request) {
    record Bind(Path path, String option) {}
    List<Bind> binds = new ArrayList<>();
    binds.add(new Bind(Path.of(System.getProperty("java.home")), "--ro-bind"));
    request.readOnly().forEach(path -> binds.add(new Bind(path, "--ro-bind-try")));
    binds.add(new Bind(request.workDir(), "--bind"));
    return binds.stream()
        .sorted(Comparator.comparingInt(bind -> bind.path().toAbsolutePath().getNameCount()))
        .map(bind -> List.of(bind.option(), absolute(bind.path()), absolute(bind.path())))
        .toList();
  }

  private static List<String> etcEntries() {
    List<String> entries = new ArrayList<>();
    ETC_ENTRIES.forEach(name -> entries.add(ETC.resolve(name).toString()));
    // Debian's JDK links its conf/ files into /etc/java-<version>-openjdk.
    try (Stream<Path> listing = Files.list(ETC)) {
      listing
          .filter(path -> path.getFileName().toString().startsWith("java"))
          .forEach(path -> entries.add(path.toString()));
    } catch (IOException ignored) {
      // No /etc to list: only the fixed entries are tried.
    }
    return entries;
  }

  /** Runs {@code true} in a sandbox like a real run's; empty when that works, else the error. */
  private String tryRun() {
    Path workDir = null;
    try {
      workDir = Files.createTempDirectory("grader-bwrap-probe");
      RunRequest probe =
          new RunRequest(
              List.of("true"),
              workDir,
              List.of(),
              Map.of(),
              new byte[0],
              Duration.ofSeconds(10),
              1,
              64,
              1,
              () -> Duration.ZERO);
      Process process =
          new ProcessBuilder(wrap(probe, probe.command())).redirectErrorStream(true).start();
      process.getOutputStream().close();
      if (!process.waitFor(10, TimeUnit.SECONDS)) {
        process.destroyForcibly();
        return "bwrap did not finish a trivial run within 10 s";
      }
      String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      return process.exitValue() == 0
          ? ""
          : "bwrap failed (exit " + process.exitValue() + "): " + output.strip();
    } catch (IOException e) {
      return "bwrap could not be started: " + e.getMessage();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return "interrupted while probing bwrap";
    } finally {
      if (workDir != null) {
        try {
          Files.deleteIfExists(workDir);
        } catch (IOException ignored) {
          // An empty temporary folder.
        }
      }
    }
  }

  private static String absolute(Path path) {
    return path.toAbsolutePath().normalize().toString();
  }

  private static String readLink(Path link) {
    try {
      return Files.readSymbolicLink(link).toString();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
