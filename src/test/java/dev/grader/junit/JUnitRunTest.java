package dev.grader.junit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import dev.grader.compile.CompileResult;
import dev.grader.compile.JavaCompilerService;
import dev.grader.extract.JavaSource;
import dev.grader.junit.TestOutcome.Status;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Runs {@link TestMain} as a real child JVM, the way the sandbox will. */
class JUnitRunTest {
  private static final Path FIXTURES = Path.of("src/test/resources/junit");
  private static final Path JAVA = Path.of(System.getProperty("java.home"), "bin", "java");
  private static final JavaCompilerService COMPILER = new JavaCompilerService();

  @TempDir static Path shared;
  @TempDir Path work;

  private static Path studentClasses;
  private static Path testClasses;

  @BeforeAll
  static void compileStudentAndTests() throws IOException {
    studentClasses = shared.resolve("student");
    testClasses = shared.resolve("tests");
    Path greeter = FIXTURES.resolve("student/Greeter.java");
    JavaSource student = new JavaSource(greeter.toString(), 1, Files.readString(greeter));
    assertThat(COMPILER.compile(List.of(student), studentClasses, List.of()).success()).isTrue();
    List<Path> tests;
    try (Stream<Path> files = Files.list(FIXTURES.resolve("tests"))) {
      tests = files.sorted().toList();
    }
    CompileResult compiled =
        COMPILER.compile(sources(tests), testClasses, classpathWith(studentClasses));
    assertThat(compiled.errorLines()).isEmpty();
  }

  @AfterAll
  static void closeCompiler() {
    COMPILER.close();
  }

  @Test
  void reportsEachTestAndFailsHangingOnesAtTheirTimeout() throws Exception {
    JUnitRun run = run("GreeterTest");

    long start = System.nanoTime();
    assertThat(runChild(run)).isZero();
    JUnitResults results = JUnitResults.read(run.resultsFile());

    assertThat(results.complete()).isTrue();
    assertThat(results.outcomes()).hasSize(7).allMatch(o -> o.testClass().equals("GreeterTest"));
    assertThat(results.outcome("greetsByName"))
        .get()
        .extracting(TestOutcome::status)
        .isEqualTo(Status.SUCCESSFUL);
    assertThat(results.outcome("mainPrintsTheGreeting"))
        .get()
        .extracting(TestOutcome::status)
        .isEqualTo(Status.SUCCESSFUL);
    assertThat(results.outcome("greetsInFrench"))
        .get()
        .satisfies(o -> assertThat(o.status()).isEqualTo(Status.FAILED))
        .satisfies(
            o ->
                assertThat(o.message())
                    .isEqualTo(
                        "greeting second line ==> expected: <Bonjour, Ada> but was: <Hello, Ada>"));
    assertThat(results.outcome("sleepsPastTheTimeout"))
        .get()
        .satisfies(o -> assertThat(o.status()).isEqualTo(Status.FAILED))
        .satisfies(o -> assertThat(o.message()).contains("timed out after 1 second"));
    assertThat(results.outcome("spinsIgnoringInterrupts"))
        .get()
        .satisfies(o -> assertThat(o.status()).isEqualTo(Status.FAILED))
        .satisfies(o -> assertThat(o.message()).contains("timed out"));
    assertThat(results.outcome("crashesInStudentCode"))
        .get()
        .satisfies(o -> assertThat(o.message()).startsWith("NullPointerException: "));
    assertThat(results.outcome("notGraded"))
        .get()
        .satisfies(o -> assertThat(o.status()).isEqualTo(Status.SKIPPED))
        .satisfies(o -> assertThat(o.message()).contains("not graded this term"));
    assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(15));
  }

  @Test
  void failedClassSetupFailsEveryTestOfTheClass() throws Exception {
    JUnitRun run = run("BrokenSetupTest");

    assertThat(runChild(run)).isZero();
    JUnitResults results = JUnitResults.read(run.resultsFile());

    assertThat(results.outcomes())
        .extracting(TestOutcome::method, TestOutcome::status)
        .containsExactlyInAnyOrder(
            org.assertj.core.groups.Tuple.tuple("first", Status.FAILED),
            org.assertj.core.groups.Tuple.tuple("second", Status.FAILED));
    assertThat(results.outcome("first").orElseThrow().message())
        .isEqualTo("BrokenSetupTest: IllegalStateException: no database");
  }

  @Test
  void studentExitEndsTheRunButKeepsTheOutcomesSoFar() throws Exception {
    JUnitRun run = run("ExitingTest");

    assertThat(runChild(run)).isEqualTo(3);
    JUnitResults results = JUnitResults.read(run.resultsFile());

    assertThat(results.complete()).isFalse();
    assertThat(results.unfinished()).isEqualTo("the run stopped after 1 test");
    assertThat(results.outcome("aPasses"))
        .get()
        .extracting(TestOutcome::status)
        .isEqualTo(Status.SUCCESSFUL);
    assertThat(results.outcome("cNeverRuns")).isEmpty();
  }

  @Test
  void missingTestClassIsARunnerFailure() throws Exception {
    JUnitRun run = run("NoSuchTest");

    assertThat(runChild(run)).isEqualTo(2);
    assertThat(Files.readString(work.resolve("stderr.txt"))).contains("cannot load test class");
    assertThat(JUnitResults.read(run.resultsFile()).unfinished())
        .isEqualTo("the test runner wrote no results");
  }

  @Test
  void testsThatNeedAMissingStudentClassDoNotCompile() throws IOException {
    Path test = Files.writeString(work.resolve("PoolTest.java"), "class PoolTest { Pool pool; }");

    CompileResult result =
        COMPILER.compile(
            sources(List.of(test)), work.resolve("out"), classpathWith(studentClasses));

    assertThat(result.success()).isFalse();
    assertThat(result.errorLines()).first().asString().startsWith(test + ":1: cannot find symbol");
  }

  private static List<JavaSource> sources(List<Path> files) throws IOException {
    List<JavaSource> sources = new ArrayList<>();
    for (Path file : files) {
      sources.add(new JavaSource(file.toString(), 1, Files.readString(file)));
    }
    return sources;
  }

  private static List<Path> classpathWith(Path studentClasses) {
    List<Path> classpath = new ArrayList<>(JUnitClasspath.forTestCompile());
    classpath.add(studentClasses);
    return classpath;
  }

  private JUnitRun run(String testClass) {
    return new JUnitRun(
        JUnitClasspath.forChild(),
        studentClasses,
        testClasses,
        work.resolve("results.json"),
        List.of(testClass),
        "Greeter",
        Duration.ofSeconds(1));
  }

  private int runChild(JUnitRun run) throws Exception {
    Process process =
        new ProcessBuilder(run.command(JAVA, List.of("-XX:TieredStopAtLevel=1")))
            .directory(work.toFile())
            .redirectOutput(work.resolve("stdout.txt").toFile())
            .redirectError(work.resolve("stderr.txt").toFile())
            .start();
    if (!process.waitFor(20, TimeUnit.SECONDS)) {
      process.descendants().forEach(ProcessHandle::destroyForcibly);
      process.destroyForcibly();
      fail(
          "the test runner did not end within 20 s: "
              + Files.readString(work.resolve("stderr.txt")));
    }
    return process.exitValue();
  }
}
