package dev.grader.junit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.grader.junit.TestOutcome.Status;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JUnitResultsTest {
  @TempDir Path temp;

  @Test
  void garbledFileGivesNoOutcomesAndSaysWhy() throws IOException {
    Path file = Files.writeString(temp.resolve("results.bin"), "complete=true\ntests=2\n");

    JUnitResults results = JUnitResults.read(file);

    assertThat(results.outcomes()).isEmpty();
    assertThat(results.unfinished()).startsWith("the results file is unreadable");
  }

  @Test
  void outcomesSurviveTheResultsFileWithAnyCharactersInTheirMessages() throws IOException {
    TestOutcome failed =
        new TestOutcome(
            "pool.Q5PoolTest", "squares", Status.FAILED, "expected: <[1, 4]> = ü\\n 名 # !", 7);
    TestOutcome passed = new TestOutcome("pool.Q5PoolTest", "threads", Status.SUCCESSFUL, "", 2);
    Path file = temp.resolve("results.bin");
    try (var out = Files.newOutputStream(file)) {
      new ResultsDocument(true, List.of(failed, passed)).write(out);
    }

    JUnitResults results = JUnitResults.read(file);

    assertThat(results.complete()).isTrue();
    assertThat(results.outcomes()).containsExactly(failed, passed);
  }

  @Test
  void fileCutOffWhileBeingWrittenSaysSo() throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    new ResultsDocument(true, List.of(new TestOutcome("T", "a", Status.FAILED, "boom", 1)))
        .write(bytes);
    byte[] whole = bytes.toByteArray();
    Path file = Files.write(temp.resolve("results.bin"), Arrays.copyOf(whole, whole.length - 3));

    assertThat(JUnitResults.read(file).unfinished())
        .isEqualTo("the results file is unreadable: it ends too early");
  }

  @Test
  void hugeMessageIsClippedNotLost() throws IOException {
    String huge = "x".repeat(100_000);
    Path file = temp.resolve("results.bin");
    try (var out = Files.newOutputStream(file)) {
      new ResultsDocument(true, List.of(new TestOutcome("T", "a", Status.FAILED, huge, 1)))
          .write(out);
    }

    assertThat(JUnitResults.read(file).outcomes())
        .singleElement()
        .satisfies(
            o -> assertThat(o.message()).startsWith("xxx").endsWith("...").hasSizeLessThan(20_000));
  }

  @Test
  void resultsOfARunCutShortSayHowFarItGot() throws IOException {
    Path file = temp.resolve("results.bin");
    try (var out = Files.newOutputStream(file)) {
      new ResultsDocument(false, List.of(new TestOutcome("T", "a", Status.SUCCESSFUL, "", 1)))
          .write(out);
    }

    assertThat(JUnitResults.read(file).unfinished()).isEqualTo("the run stopped after 1 test");
  }

  @Test
  void missingFileGivesNoOutcomesAndSaysWhy() {
    JUnitResults results = JUnitResults.read(temp.resolve("absent.bin"));

    assertThat(results.complete()).isFalse();
    assertThat(results.unfinished()).isEqualTo("the test runner wrote no results");
  }

  @Test
  void worstInvocationSpeaksForARepeatedTest() {
    JUnitResults results =
        new JUnitResults(
            List.of(
                new TestOutcome("T", "sums", Status.SUCCESSFUL, "", 3),
                new TestOutcome("T", "sums", Status.FAILED, "expected: <3> but was: <4>", 5),
                new TestOutcome("T", "other", Status.SUCCESSFUL, "", 1)),
            null);

    assertThat(results.outcome("sums"))
        .contains(new TestOutcome("T", "sums", Status.FAILED, "expected: <3> but was: <4>", 8));
    assertThat(results.outcome("absent")).isEmpty();
  }

  @Test
  void commandPutsTheRunnerBeforeTheTestsBeforeTheStudent() {
    JUnitRun run =
        new JUnitRun(
            List.of(Path.of("runner.jar")),
            Path.of("student"),
            Path.of("tests"),
            Path.of("results.json"),
            List.of("Q5PoolTest"),
            "pool.Main",
            java.time.Duration.ofSeconds(5));

    List<String> command = run.command(Path.of("java"), List.of("-Xmx256m"));

    assertThat(run.classpath())
        .containsExactly(Path.of("runner.jar"), Path.of("tests"), Path.of("student"));
    assertThat(command)
        .startsWith("java", "-Xmx256m", "-cp")
        .endsWith(
            "-Djunit.jupiter.execution.timeout.default=5s",
            "-Dgrader.mainClass=pool.Main",
            "dev.grader.junit.TestMain",
            "results.json",
            "Q5PoolTest");
  }
}
