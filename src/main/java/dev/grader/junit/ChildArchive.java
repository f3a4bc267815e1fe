package dev.grader.junit;

import dev.grader.sandbox.ArchiveDump;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * A start-up archive of the classes every test JVM loads (the JUnit Platform, Jupiter and the
 * runner), written once per grader build and JDK by a trial run of the runner on {@link
 * TypicalTest} and mapped by every test JVM after it, which then starts in about half the time: a
 * class-data archive, or from JDK 25 on an ahead-of-time cache, which also keeps them linked (see
 * {@link ArchiveDump#fastestFor(int)}). It depends on no rubric, so changing the instructor tests
 * needs no new archive.
 *
 * <p>The JVM archives only classes from jars, and a later JVM uses the archive only when its class
 * path starts with the same jars: the runner's jar comes first, the instructor tests and the
 * student's classes after it. Test JVMs map it with {@link ArchiveDump#options(Path)}.
 */
public final class ChildArchive {
  /**
   * The trial only has to load classes: with C1 alone it costs a quarter less CPU (0.98 s, 0.74 s).
   */
  private static final List<String> TRIAL_FLAGS =
      List.of("-XX:TieredStopAtLevel=1", "-XX:-UsePerfData");

  private ChildArchive() {}

  /**
   * Where the archive for the runner in {@code runnerJar} goes: beside it, one per JDK build, since
   * a JVM maps only an archive its own build wrote (switching between JDKs would otherwise leave
   * one of them without); of the kind that starts the grader's JDK soonest ({@link
   * ArchiveDump#fastestFor(int)}).
   */
  public static Path besideJar(Path runnerJar) {
    String name = runnerJar.getFileName().toString().replaceFirst("\\.jar$", "");
    String jdk = System.getProperty("java.runtime.version").replaceAll("[^A-Za-z0-9._-]", "_");
    return runnerJar.resolveSibling(
        name + "-jdk" + jdk + ArchiveDump.fastestFor(Runtime.version().feature()));
  }

  /** {@code archive}, written first when missing by running {@link TypicalTest} in a trial JVM. */
  public static Optional<Path> prepare(Path java, Path runnerJar, Path archive) {
    if (Files.isRegularFile(archive)) {
      return Optional.of(archive);
    }
    return ArchiveDump.write(
        java,
        TRIAL_FLAGS,
        archive,
        folder ->
            List.of(
                "-cp",
                runnerJar.toAbsolutePath().toString(),
                TestMain.class.getName(),
                folder.resolve("results.bin").toString(),
                TypicalTest.class.getName()));
  }
}
