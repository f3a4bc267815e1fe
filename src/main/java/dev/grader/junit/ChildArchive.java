package dev.grader.junit;

import dev.grader.sandbox.ArchiveDump;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * A class-data-sharing archive of the classes every test JVM loads (the JUnit Platform, the runner,
 * the instructor tests), written once by a trial run of the runner and mapped by every test JVM
 * after it, which then starts in about half the time.
 *
 * <p>The JVM archives only classes from jars, and a later JVM uses the archive only when its class
 * path starts with the same jars; student classes come after them. Test JVMs map it with {@link
 * ArchiveDump#options(Path)}.
 */
public final class ChildArchive {
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
    return ArchiveDump.write(
        java,
        TRIAL_FLAGS,
        archive,
        folder -> {
          List<String> arguments = new ArrayList<>();
          arguments.add("-cp");
          arguments.add(
              classpath.stream()
                  .map(path -> path.toAbsolutePath().toString())
                  .collect(Collectors.joining(File.pathSeparator)));
          arguments.add(TestMain.class.getName());
          arguments.add(folder.resolve("results.bin").toString());
          arguments.addAll(testClasses);
          return arguments;
        });
  }
}
