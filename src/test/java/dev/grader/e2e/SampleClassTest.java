package dev.grader.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.grader.GradeOptions;
import dev.grader.Grader;
import dev.grader.report.ClassSummary;
import dev.grader.report.Json;
import dev.grader.sandbox.SandboxMode;
import dev.grader.testing.Processes;
import dev.grader.testing.Trees;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * Grades the sample class shipped in {@code submissions-sample/} with the shipped rubrics and
 * compares every student's report with its expected report in {@code
 * src/test/resources/sample-class/}. Run with {@code -Dgrader.updateGolden=true} to rewrite them
 * after a deliberate change, then review the diff.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SampleClassTest {
  private static final Path SAMPLES = Path.of("submissions-sample");
  private static final Path EXPECTED = Path.of("src/test/resources/sample-class");

  @TempDir static Path out;
  private ClassSummary summary;

  @BeforeAll
  void gradeTheSampleClass() {
    summary =
        Grader.grade(
            GradeOptions.forClass(SAMPLES, Path.of("rubrics"), out).withSandbox(SandboxMode.AUTO));
  }

  @Test
  void everySampleStudentGetsTheReportItsFixtureExpects() throws IOException {
    List<String> students = summary.students().stream().map(s -> s.student()).toList();
    assertThat(students).hasSizeGreaterThanOrEqualTo(10);
    for (String student : students) {
      JsonNode report = Json.mapper().readTree(out.resolve(student + ".json").toFile());
      JsonNode actual = comparable(report);
      Path expected = EXPECTED.resolve(student + ".json");
      if (Boolean.getBoolean("grader.updateGolden")) {
        Files.createDirectories(EXPECTED);
        Files.writeString(expected, Json.mapper().writeValueAsString(actual) + "\n");
      }
      String expectedText =
          Json.mapper().writeValueAsString(Json.mapper().readTree(expected.toFile()));
      assertThat(Json.mapper().writeValueAsString(actual))
          .as("report of %s", student)
          .isEqualTo(stopsEarly(report) ? expectedText : atTheLimit(expectedText));
    }
  }

  @Test
  void gradingOneStudentAndOneQuestionAtATimeGivesTheSameReports(@TempDir Path sequential)
      throws IOException {
    ClassSummary oneByOne =
        Grader.grade(
            GradeOptions.forClass(SAMPLES, Path.of("rubrics"), sequential)
                .withJobs(1)
                .withCache(false));

    assertThat(oneByOne.timings().cached()).isZero();
    assertSameReports(sequential);
  }

  private void assertSameReports(Path other) throws IOException {
    for (var student : summary.students()) {
      String name = student.student() + ".json";
      assertThat(comparable(Json.mapper().readTree(other.resolve(name).toFile())))
          .as("report of %s in %s", student.student(), other)
          .isEqualTo(comparable(Json.mapper().readTree(out.resolve(name).toFile())));
    }
  }

  @Test
  void rerunFromTheCacheGivesTheSameReportsWithOneJob(@TempDir Path rerun) throws IOException {
    Trees.copy(out.resolve(".cache"), rerun.resolve(".cache"));

    ClassSummary warm =
        Grader.grade(GradeOptions.forClass(SAMPLES, Path.of("rubrics"), rerun).withJobs(1));

    int questions = summary.questionMax().size();
    assertThat(warm.timings().cached()).isEqualTo(questions * summary.students().size());
    assertThat(warm.students()).isEqualTo(summary.students());
    assertSameReports(rerun);
  }

  @Test
  void modelAnswerGetsFullMarks() {
    var alice =
        summary.students().stream().filter(s -> s.student().equals("alice-model")).findFirst();
    assertThat(alice).isPresent();
    assertThat(alice.get().score()).isEqualTo(alice.get().maxScore());
  }

  @Test
  void summaryListsEveryStudentWithTimings() throws IOException {
    JsonNode written = Json.mapper().readTree(out.resolve("summary.json").toFile());
    assertThat(written.get("students")).hasSize(summary.students().size());
    assertThat(written.get("timings").get("run_ms").asLong()).isPositive();
  }

  @Test
  void noProcessIsLeftBehind() {
    assertThat(Processes.runningInGraderFolders()).isEmpty();
  }

  /**
   * Whether runs that cannot finish are stopped early here, as on the machine the expected reports
   * come from (docs/SANDBOX.md: Linux on x86-64 or ARM64, system calls readable in /proc, and
   * bubblewrap or a cgroup holding the run).
   */
  private static boolean stopsEarly(JsonNode report) {
    return System.getProperty("os.name").equals("Linux")
        && List.of("amd64", "aarch64").contains(System.getProperty("os.arch"))
        && Files.isReadable(Path.of("/proc/self/syscall"))
        && !report.get("isolation").asText().equals("unsandboxed");
  }

  /** The expected reports as where every run waits for its timeout. */
  private static String atTheLimit(String expected) {
    return EARLY_STOP
        .matcher(expected)
        .replaceAll(
            "The program did not finish within $1 and was stopped with all its child processes:"
                + " look for an endless loop, a process that never ends, or a read from standard"
                + " input (none is given).");
  }

  private static final Pattern EARLY_STOP =
      Pattern.compile(
          "The program could not finish within (\\S+ s) and was stopped early .*?"
              + " waiting for each other\\.");

  /** The report without what varies from run to run: timings, output excerpts, isolation. */
  static JsonNode comparable(JsonNode report) {
    ObjectNode copy = report.deepCopy();
    copy.remove("isolation");
    for (JsonNode question : copy.withArray("questions")) {
      ObjectNode q = (ObjectNode) question;
      q.remove("timings");
      q.remove("run");
      for (JsonNode check : (ArrayNode) q.withArray("checks")) {
        ((ObjectNode) check).remove("actual");
      }
    }
    return copy;
  }
}
