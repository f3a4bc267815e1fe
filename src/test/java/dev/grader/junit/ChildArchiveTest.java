package dev.grader.junit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.grader.compile.JavaCompilerService;
import dev.grader.extract.JavaSource;
import dev.grader.rubric.RunSpec;
import dev.grader.sandbox.ArchiveDump;
import dev.grader.sandbox.JvmLaunch;
import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Makes the test JVMs' start-up archive from the runner's jar, the way the grader does. */
class ChildArchiveTest {
  private static final Path FIXTURES = Path.of("src/test/resources/junit");
  private static final Path JAVA = Path.of(System.getProperty("java.home"), "bin", "java");

  /** The memory flags of a test run, as the grader gives them. */
  private static final JvmLaunch TEST_JVM =
      JvmLaunch.ofGraderJdk(RunSpec.DEFAULT.memoryMb()).withWholeHeap();

  @TempDir static Path shared;

  private static Path studentClasses;
  private static Path testClasses;
  private static Path runnerJar;

  @BeforeAll
  static void build() throws IOException {
    try (JavaCompilerService compiler = new JavaCompilerService()) {
      studentClasses = shared.resolve("student");
      assertThat(
              compiler
                  .compile(List.of(source("student/Greeter.java")), studentClasses, List.of())
                  .success())
          .isTrue();
      testClasses = shared.resolve("tests");
      assertThat(
              compiler
                  .compile(
                      List.of(source("tests/BrokenSetupTest.java")),
                      testClasses,
                      JUnitClasspath.forTestCompile())
                  .success())
          .isTrue();
    }
    // The build runs the runner from a class folder and separate jars; the grader packs them.
    runnerJar = shared.resolve("runner.jar");
    ChildJars.runner(JUnitClasspath.forChild(), runnerJar);
  }

  @Test
  void archiveIsNamedForTheJdkThatWritesIt() {
    Path archive = ChildArchive.besideJar(Path.of("/build/grader-runner-abc123.jar"));

    assertThat(archive.getParent()).isEqualTo(Path.of("/build"));
    assertThat(archive.getFileName().toString())
        .startsWith("grader-runner-abc123-jdk")
        .contains(Runtime.version().feature() + "")
        .endsWith(Runtime.version().feature() >= 25 ? ArchiveDump.AOT_CACHE : ".jsa")
        .doesNotContain("+", " ");
  }

  @Test
  void archiveWrittenOnceServesTestJvmsWhateverTheTestsAndStudent() throws Exception {
    Path archive = ChildArchive.besideJar(runnerJar);

    Optional<Path> made = ChildArchive.prepare(JAVA, runnerJar, archive);
    long written = Files.getLastModifiedTime(archive).toMillis();
    Optional<Path> again = ChildArchive.prepare(JAVA, runnerJar, archive);

    assertThat(made).contains(archive);
    assertThat(again).contains(archive);
    assertThat(Files.getLastModifiedTime(archive).toMillis()).isEqualTo(written);
    assertTestJvmMaps(JAVA, JvmLaunch.STARTUP_FLAGS, archive);
  }

  @Test
  void aheadOfTimeCacheFromJdk25ServesTestJvmsWhateverTheTestsAndStudent() throws Exception {
    Optional<Path> java = jdkFrom(25);
    assumeTrue(java.isPresent(), "needs a JDK 25 or later (none in java.home or /usr/lib/jvm)");
    Path cache = shared.resolve("runner-jdk25" + ArchiveDump.AOT_CACHE);

    assertThat(ChildArchive.prepare(java.get(), runnerJar, cache)).contains(cache);
    assertTestJvmMaps(java.get(), JvmLaunch.startupFlags(25), cache);
  }

  /**
   * Runs the tests in a JVM with the test runs' own flags that must map {@code archive}, and checks
   * what came from it.
   */
  private static void assertTestJvmMaps(Path java, List<String> startupFlags, Path archive)
      throws Exception {
    List<String> options = new ArrayList<>(TEST_JVM.memoryFlags());
    options.addAll(startupFlags);
    options.addAll(ArchiveDump.options(archive));
    // Both make a JVM that cannot map the archive fail instead of starting without it.
    options.add(
        archive.toString().endsWith(ArchiveDump.AOT_CACHE) ? "-XX:AOTMode=on" : "-Xshare:on");
    Path log = shared.resolve(archive.getFileName() + ".loaded.log");
    options.add("-Xlog:class+load=info:file=" + log);
    assertThat(runTests(java, options)).isZero();
    JUnitResults results = JUnitResults.read(shared.resolve("results.bin"));
    assertThat(results.complete()).isTrue();
    assertThat(results.outcomes()).isNotEmpty();
    // The runner and JUnit come from the archive, the tests and the student's class from folders.
    List<String> loaded = Files.readAllLines(log);
    assertThat(loaded)
        .anyMatch(line -> line.contains(" " + TestMain.class.getName() + " source: shared"))
        .anyMatch(
            line -> line.contains(" org.junit.jupiter.engine.JupiterTestEngine source: shared"))
        .anyMatch(line -> line.contains(" BrokenSetupTest source: file:"));
  }

  @Test
  void typicalTestPassesOneTestAndFailsTheOtherSoTheTrialLoadsBothPaths() throws IOException {
    Path results = shared.resolve("typical.bin");

    int code =
        TestMain.run(
            new String[] {results.toString(), TypicalTest.class.getName()},
            new PrintStream(OutputStream.nullOutputStream()));

    assertThat(code).isZero();
    assertThat(JUnitResults.read(results).outcomes())
        .extracting(TestOutcome::method, TestOutcome::status)
        .containsExactlyInAnyOrder(
            tuple("printsWhatItComputesOnPoolThreads", TestOutcome.Status.SUCCESSFUL),
            tuple("reportsAFailure", TestOutcome.Status.FAILED));
  }

  /**
   * The {@code java} of this JVM if it is {@code feature} or later, else of such a JDK installed.
   */
  private static Optional<Path> jdkFrom(int feature) throws IOException {
    if (Runtime.version().feature() >= feature) {
      return Optional.of(JAVA);
    }
    Path installed = Path.of("/usr/lib/jvm");
    if (!Files.isDirectory(installed)) {
      return Optional.empty();
    }
    try (Stream<Path> homes = Files.list(installed)) {
      return homes
          .filter(home -> releaseFeature(home.resolve("release")) >= feature)
          .map(home -> home.resolve("bin").resolve("java"))
          .filter(Files::isExecutable)
          .sorted()
          .findFirst();
    }
  }

  private static int releaseFeature(Path release) {
    try {
      Matcher version =
          Pattern.compile("(?m)^JAVA_VERSION=\"(\\d+)").matcher(Files.readString(release));
      return version.find() ? Integer.parseInt(version.group(1)) : 0;
    } catch (IOException e) {
      return 0;
    }
  }

  private static int runTests(Path java, List<String> options) throws Exception {
    List<String> command = new ArrayList<>(List.of(java.toString()));
    command.addAll(options);
    command.add("-cp");
    command.add(
        String.join(
            File.pathSeparator,
            runnerJar.toString(),
            testClasses.toString(),
            studentClasses.toString()));
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
