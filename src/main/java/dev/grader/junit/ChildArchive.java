package dev.grader.junit;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * A class-data-sharing archive of the classes every test JVM loads (the JUnit Platform, the runner,
 * Jackson, the instructor tests), written once by a trial run of the runner and mapped by every
 * test JVM after it, which then starts in about half the time.
 *
 * <p>The JVM archives only classes from jars, and a later JVM uses the archive only when its class
 * path starts with the same jars; student classes come after them. Without an archive test JVMs
 * simply start slower, so every failure here means "no archive", never an error.
 */
public final class ChildArchive {
  /** Keeps the JVM quiet about the archive, whose use is an optimisation only. */
  public static final List<String> QUIET = List.of("-Xlog:cds=off", "-Xlog:cds+dynamic=off");

  private static final Duration TRIAL_LIMIT = Duration.ofSeconds(60);

  /**
   * The trial only has to load classes: with C1 alone it costs a quarter less CPU (0.98 s, 0.74 s).
   */
  private static final List<String> TRIAL_FLAGS =
      List.of("-XX:TieredStopAtLevel=1", "-XX:-UsePerfData");

  private ChildArchive() {}

  /**
   * Where the archive for the tests in the jar {@code testJar} goes: beside it, one per JDK build,
   * since a JVM maps only an archive its own build wrote (switching between JDKs would otherwise
   * leave one of them without).
   */
  public static Path besideJar(Path testJar) {
    String name = testJar.getFileName().toString().replaceFirst("\\.jar$", "");
    String jdk = System.getProperty("java.runtime.version").replaceAll("[^A-Za-z0-9._-]", "_");
    return testJar.resolveSibling(name + "-jdk" + jdk + ".jsa");
  }

  /** The JVM options that map {@code archive}. */
  public static List<String> options(Path archive) {
    List<String> options = new ArrayList<>(QUIET);
    options.add("-XX:SharedArchiveFile=" + archive.toAbsolutePath());
    return options;
  }

  /**
   * {@code archive}, written first when missing by running the given instructor tests without a
   * student (they fail fast, having loaded what a real run loads).
   *
   * @param classpath jars only: the runner's and the instructor tests'
   */
  public static Optional<Path> prepare(
      Path java, List<Path> classpath, List<String> testClasses, Path archive) {
    if (Files.isRegularFile(archive)) {
      return Optional.of(archive);
    }
    if (classpath.stream().anyMatch(Files::isDirectory)) {
      return Optional.empty();
    }
    Path work = null;
    try {
      // Absolute: the trial runs in this folder, where relative paths would point elsewhere.
      work = Files.createTempDirectory(archive.toAbsolutePath().getParent(), ".archive");
      Path written = work.resolve("child.jsa");
      List<String> command = new ArrayList<>(List.of(java.toString()));
      command.addAll(QUIET);
      command.addAll(TRIAL_FLAGS);
      command.add("-XX:ArchiveClassesAtExit=" + written);
      command.add("-cp");
      command.add(
          classpath.stream()
              .map(path -> path.toAbsolutePath().toString())
              .collect(Collectors.joining(File.pathSeparator)));
      command.add(TestMain.class.getName());
      command.add(work.resolve("results.bin").toString());
      command.addAll(testClasses);
      Process trial =
          new ProcessBuilder(command)
              .directory(work.toFile())
              .redirectErrorStream(true)
              .redirectOutput(work.resolve("trial.log").toFile())
              .redirectInput(ProcessBuilder.Redirect.from(nullDevice()))
              .start();
      if (!trial.waitFor(TRIAL_LIMIT.toMillis(), TimeUnit.MILLISECONDS)) {
        trial.descendants().forEach(ProcessHandle::destroyForcibly);
        trial.destroyForcibly();
        return Optional.empty();
      }
      if (!Files.isRegularFile(written)) {
        return Optional.empty();
      }
      Files.move(written, archive, StandardCopyOption.ATOMIC_MOVE);
      return Optional.of(archive);
    } catch (IOException e) {
      return Optional.empty();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return Optional.empty();
    } finally {
      deleteQuietly(work);
    }
  }

  private static File nullDevice() {
    return new File(File.separatorChar == '\\' ? "NUL" : "/dev/null");
  }

  private static void deleteQuietly(Path dir) {
    if (dir == null) {
      return;
    }
    try (Stream<Path> files = Files.walk(dir)) {
      files.sorted(Comparator.reverseOrder()).forEach(ChildArchive::delete);
    } catch (IOException e) {
      // A leftover trial folder in the cache only costs disk space.
    }
  }

  private static void delete(Path path) {
    try {
      Files.deleteIfExists(path);
    } catch (IOException e) {
      // See deleteQuietly.
    }
  }
}
