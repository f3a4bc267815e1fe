package dev.grader.junit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.grader.compile.JavaCompilerService;
import dev.grader.extract.JavaSource;
import dev.grader.sandbox.ArchiveDump;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Makes the test JVMs' start-up archive from jars, the way the grader's jar does. */
class ChildArchiveTest {
  private static final Path FIXTURES = Path.of("src/test/resources/junit");
  private static final Path JAVA = Path.of(System.getProperty("java.home"), "bin", "java");

  @TempDir static Path shared;

  private static Path studentClasses;
  private static Path testsJar;
  private static List<Path> jars;

  @BeforeAll
  static void buildJars() throws IOException {
    try (JavaCompilerService compiler = new JavaCompilerService()) {
      studentClasses = shared.resolve("student");
      assertThat(
              compiler
                  .compile(List.of(source("student/Greeter.java")), studentClasses, List.of())
                  .success())
          .isTrue();
      Path tests = shared.resolve("tests");
      List<Path> classpath = new ArrayList<>(JUnitClasspath.forTestCompile());
      assertThat(
              compiler
                  .compile(List.of(source("tests/BrokenSetupTest.java")), tests, classpath)
                  .success())
          .isTrue();
      testsJar = shared.resolve("tests.jar");
      ChildJars.tests(tests, testsJar);
    }
    // The build runs the runner from a class folder and separate jars; the grader packs them.
    Path runnerJar = shared.resolve("runner.jar");
    ChildJars.runner(JUnitClasspath.forChild(), runnerJar);
    jars = List.of(runnerJar, testsJar);
  }

  @Test
  void archiveIsNamedForTheJdkThatWritesIt() {
    Path archive = ChildArchive.besideJar(Path.of("/cache/abc123.jar"));

    assertThat(archive.getParent()).isEqualTo(Path.of("/cache"));
    assertThat(archive.getFileName().toString())
        .startsWith("abc123-jdk")
        .contains(Runtime.version().feature() + "")
        .endsWith(".jsa")
        .doesNotContain("+", " ");
  }

  @Test
  void archiveWrittenOnceMapsInATestJvmThatAddsTheStudentsClasses() throws Exception {
    Path archive = ChildArchive.besideJar(testsJar);

    Optional<Path> made = ChildArchive.prepare(JAVA, jars, List.of("BrokenSetupTest"), archive);
    long written = Files.getLastModifiedTime(archive).toMillis();
    Optional<Path> again = ChildArchive.prepare(JAVA, jars, List.of("BrokenSetupTest"), archive);

    assertThat(made).contains(archive);
    assertThat(again).contains(archive);
    assertThat(Files.getLastModifiedTime(archive).toMillis()).isEqualTo(written);
    // -Xshare:on makes a JVM that cannot map the archive fail instead of starting without it.
    List<String> options = new ArrayList<>(ArchiveDump.options(archive));
    options.add("-Xshare:on");
    assertThat(runTests(options)).isZero();
    assertThat(JUnitResults.read(shared.resolve("results.bin")).complete()).isTrue();
  }

  @Test
  void classFolderOnTheClassPathMeansNoArchive() {
    List<Path> withFolder = new ArrayList<>(jars);
    withFolder.add(studentClasses);

    assertThat(
            ChildArchive.prepare(
                JAVA, withFolder, List.of("BrokenSetupTest"), shared.resolve("none.jsa")))
        .isEmpty();
    assertThat(shared.resolve("none.jsa")).doesNotExist();
  }

  private static int runTests(List<String> options) throws Exception {
    List<String> command = new ArrayList<>(List.of(JAVA.toString()));
    command.addAll(options);
    command.add("-cp");
    List<String> entries = new ArrayList<>();
    jars.forEach(jar -> entries.add(jar.toString()));
    entries.add(studentClasses.toString());
    command.add(String.join(java.io.File.pathSeparator, entries));
    command.add(TestMain.class.getName());
    command.add(shared.resolve("results.bin").toString());
    command.add("BrokenSetupTest");
    Process process =
        new ProcessBuilder(command)
            .redirectErrorStream(true)
            .redirectOutput(shared.resolve("run.log").toFile())
            .start();
    assertThat(process.waitFor(Duration.ofSeconds(30).toSeconds(), TimeUnit.SECONDS))
        .as("the test JVM ends")
        .isTrue();
    return process.exitValue();
  }

  private static JavaSource source(String relative) throws IOException {
    Path file = FIXTURES.resolve(relative);
    return new JavaSource(file.toString(), 1, Files.readString(file));
  }
}
