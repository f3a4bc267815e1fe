package dev.grader.sandbox;

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
import java.util.stream.Stream;

/**
 * Writes a start-up archive the way the JDK makes one: a trial JVM runs with {@code
 * -XX:ArchiveClassesAtExit} (a class-data-sharing archive) or {@code -XX:AOTCacheOutput} (an
 * ahead-of-time cache, JDK 25 and later), and what it loaded is archived when it exits. The file
 * name tells the two apart: an ahead-of-time cache ends in {@value #AOT_CACHE}. An archive only
 * makes JVMs start sooner, so every failure here means "no archive", never an error.
 */
public final class ArchiveDump {
  /** Keeps a JVM quiet about an archive it cannot use. */
  public static final List<String> QUIET = List.of("-Xlog:cds=off", "-Xlog:cds+dynamic=off");

  /** The file name ending of an ahead-of-time cache; any other archive is a class-data archive. */
  public static final String AOT_CACHE = ".aot";

  private static final String CLASS_DATA_ARCHIVE = ".jsa";

  /** The first JDK that writes an ahead-of-time cache in one run (JEP 514). */
  private static final int FIRST_AOT_CACHE_JDK = 25;

  private static final Duration TRIAL_LIMIT = Duration.ofSeconds(60);

  /** What the trial JVM runs: the arguments after its JVM options, given its folder. */
  @FunctionalInterface
  public interface Trial {
    /**
     * @param folder the trial's own empty folder, also its working folder, where it may put files
     */
    List<String> arguments(Path folder) throws IOException;
  }

  private ArchiveDump() {}

  /**
   * The file name ending of the archive that starts a JVM of {@code jdkFeature} soonest: from JDK
   * 25 on an ahead-of-time cache, which holds the classes linked and their lambdas resolved, not
   * only loaded (the test JVM: 265 to 195 ms of CPU on JDK 25); a class-data archive before. An
   * ahead-of-time cache refuses to start a JVM given any {@code -Xshare} option, so it suits only
   * JVMs whose whole command the grader writes.
   */
  public static String fastestFor(int jdkFeature) {
    return jdkFeature >= FIRST_AOT_CACHE_JDK ? AOT_CACHE : CLASS_DATA_ARCHIVE;
  }

  /** The JVM options that map {@code archive}. */
  public static List<String> options(Path archive) {
    List<String> options = new ArrayList<>(QUIET);
    if (isAotCache(archive)) {
      options.add("-Xlog:aot=off");
      options.add("-XX:AOTCache=" + archive.toAbsolutePath());
    } else {
      options.add("-XX:SharedArchiveFile=" + archive.toAbsolutePath());
    }
    return options;
  }

  private static boolean isAotCache(Path archive) {
    return archive.getFileName().toString().endsWith(AOT_CACHE);
  }

  /**
   * Runs {@code java <QUIET> <flags> -XX:ArchiveClassesAtExit=... <trial arguments>} (or {@code
   * -XX:AOTCacheOutput=...} for an ahead-of-time cache) in a fresh folder beside {@code archive}
   * and publishes what it wrote as {@code archive}, in one rename.
   */
  public static Optional<Path> write(Path java, List<String> flags, Path archive, Trial trial) {
    Path work = null;
    try {
      // Absolute: the trial runs in its folder, where relative paths would point elsewhere.
      Path parent = Files.createDirectories(archive.toAbsolutePath().getParent());
      work = Files.createTempDirectory(parent, ".archive");
      boolean aotCache = isAotCache(archive);
      Path written = work.resolve("trial" + (aotCache ? AOT_CACHE : CLASS_DATA_ARCHIVE));
      List<String> command = new ArrayList<>(List.of(java.toString()));
      command.addAll(QUIET);
      command.addAll(flags);
      command.add((aotCache ? "-XX:AOTCacheOutput=" : "-XX:ArchiveClassesAtExit=") + written);
      command.addAll(trial.arguments(work));
      Process process =
          new ProcessBuilder(command)
              .directory(work.toFile())
              .redirectErrorStream(true)
              .redirectOutput(work.resolve("trial.log").toFile())
              .redirectInput(ProcessBuilder.Redirect.from(nullDevice()))
              .start();
      if (!process.waitFor(TRIAL_LIMIT.toMillis(), TimeUnit.MILLISECONDS)) {
        process.descendants().forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly();
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
      files.sorted(Comparator.reverseOrder()).forEach(ArchiveDump::delete);
    } catch (IOException e) {
      // A leftover trial folder only costs disk space.
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
