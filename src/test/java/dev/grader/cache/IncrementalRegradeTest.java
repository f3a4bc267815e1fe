package dev.grader.cache;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.grader.GradeOptions;
import dev.grader.Grader;
import dev.grader.report.ClassSummary;
import dev.grader.report.Json;
import dev.grader.testing.Trees;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A rerun grades again only what changed, and never serves a result for changed input. */
class IncrementalRegradeTest {
  private static final int QUESTIONS = 6;

  @TempDir Path dir;
  private Path submissions;
  private Path rubrics;
  private Path out;

  @BeforeEach
  void copyClassAndRubrics() throws IOException {
    submissions = dir.resolve("class");
    Trees.copy(Path.of("submissions-sample/alice-model"), submissions.resolve("alice"));
    rubrics = dir.resolve("rubrics");
    Trees.copy(Path.of("rubrics"), rubrics);
    out = dir.resolve("reports");
  }

  private ClassSummary grade(boolean cache) {
    return Grader.grade(GradeOptions.forClass(submissions, rubrics, out).withCache(cache));
  }

  @Test
  void unchangedClassIsServedFromTheCacheWithIdenticalReports() throws IOException {
    ClassSummary cold = grade(true);
    String aliceCold = comparable(out.resolve("alice.json"));

    ClassSummary warm = grade(true);

    assertThat(cold.timings().cached()).isZero();
    assertThat(warm.timings().cached()).isEqualTo(QUESTIONS);
    assertThat(warm.timings().compileMs()).isZero();
    assertThat(warm.timings().runMs()).isZero();
    assertThat(warm.students()).isEqualTo(cold.students());
    assertThat(comparable(out.resolve("alice.json"))).isEqualTo(aliceCold);
  }

  @Test
  void changedRubricRegradesOnlyItsQuestion() throws IOException {
    grade(true);
    Path q1 = rubrics.resolve("q1.yaml");
    Files.writeString(q1, Files.readString(q1).replace("points: 2", "points: 4"));

    ClassSummary rerun = grade(true);

    assertThat(rerun.timings().cached()).isEqualTo(QUESTIONS - 1);
    assertThat(rerun.questionMax().get("q1")).isGreaterThan(10.0);
    assertThat(rerun.students().get(0).questions().get("q1")).isGreaterThan(10.0);
  }

  @Test
  void changedAnswerIsGradedAgainAndItsNewResultReported() throws IOException {
    grade(true);
    Path q3 = submissions.resolve("alice/Q3.java");
    Files.writeString(q3, Files.readString(q3).replaceFirst(";", ""));

    ClassSummary rerun = grade(true);

    assertThat(rerun.timings().cached()).isEqualTo(QUESTIONS - 1);
    JsonNode alice = Json.mapper().readTree(out.resolve("alice.json").toFile());
    assertThat(alice.get("questions").get(2).get("status").asText()).isEqualTo("compile_error");
  }

  @Test
  void noCacheGradesEverythingAgain() {
    grade(true);

    assertThat(grade(false).timings().cached()).isZero();
  }

  /** A report without what legitimately differs between runs: timings and run measurements. */
  private static String comparable(Path report) throws IOException {
    JsonNode node = Json.mapper().readTree(report.toFile());
    for (JsonNode question : node.get("questions")) {
      ((ObjectNode) question).remove("timings");
      ((ObjectNode) question).remove("run");
    }
    return node.toString();
  }
}
