package dev.grader.overrides;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.grader.GraderException;
import dev.grader.report.CheckResult;
import dev.grader.report.QuestionReport;
import dev.grader.report.QuestionStatus;
import dev.grader.report.ScoreOverride;
import dev.grader.report.StudentReport;
import dev.grader.rubric.RubricLoader;
import dev.grader.rubric.RubricSet;
import dev.grader.rubric.Visibility;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class OverridesLoaderTest {
  private static final Path DIR = Path.of("src/test/resources/overrides");
  private static final RubricSet RUBRICS = new RubricLoader().loadAll(Path.of("rubrics"));

  private static Overrides load(String file) {
    return new OverridesLoader().load(DIR.resolve(file), RUBRICS);
  }

  @Test
  void entriesAreReadWithWhereTheyAreWritten() {
    List<OverrideEntry> entries = load("overrides.yaml").entries();

    assertThat(entries).hasSize(2);
    assertThat(entries.get(0).source()).isEqualTo("overrides.yaml:2");
    assertThat(entries.get(1).question()).isEqualTo("q2");
    assertThat(entries.get(1).delta()).isEqualTo(1.5);
  }

  @Test
  void unknownQuestionPointsAtItsLine() {
    assertThatThrownBy(() -> load("bad/unknown-question.yaml"))
        .isInstanceOf(GraderException.class)
        .hasMessageStartingWith(
            DIR.resolve("bad/unknown-question.yaml") + ":2:13: no question 'q9'");
  }

  @Test
  void missingReasonPointsAtTheEntry() {
    assertThatThrownBy(() -> load("bad/no-reason.yaml"))
        .isInstanceOf(GraderException.class)
        .hasMessage(DIR.resolve("bad/no-reason.yaml") + ":1:3: missing 'reason'");
  }

  @Test
  void morePointsThanTheQuestionHoldsIsRefused() {
    assertThatThrownBy(() -> load("bad/too-many-points.yaml"))
        .hasMessageContaining("too-many-points.yaml:3:11: 11.0 points is more than q1 holds");
  }

  @Test
  void unknownStudentIsRefusedBeforeGrading() {
    Overrides overrides = load("bad/unknown-student.yaml");

    assertThatThrownBy(() -> overrides.requireStudents(List.of("ann", "bob")))
        .hasMessageContaining("unknown-student.yaml:1: no student 'anne'");
  }

  @Test
  void overridesChangeTheQuestionAndTheTotalAndKeepTheOriginalScore() {
    StudentReport report =
        StudentReport.of(
            "ann",
            "unsandboxed",
            List.of(),
            List.of(question("q1", 4), question("q2", 3), question("q3", 10)));

    StudentReport changed = load("overrides.yaml").apply(report);

    assertThat(changed.score()).isEqualTo(10 + 4.5 + 10);
    assertThat(changed.questions().get(0).overrides())
        .containsExactly(
            new ScoreOverride(
                4,
                10,
                "Isolation is explained in the diagram handed in on paper.",
                "overrides.yaml:2"));
    assertThat(changed.questions().get(2).overrides()).isEmpty();
  }

  @Test
  void deltaNeverTakesAScoreOutsideTheQuestion() {
    OverrideEntry minus = new OverrideEntry("ann", "q1", null, -5.0, "late", "o.yaml:1");

    assertThat(minus.applyTo(3, 10)).isZero();
    assertThat(new OverrideEntry("ann", "q1", null, 5.0, "bonus", "o.yaml:1").applyTo(8, 10))
        .isEqualTo(10);
  }

  private static QuestionReport question(String id, double score) {
    return new QuestionReport(
        id,
        id,
        score,
        10,
        QuestionStatus.GRADED,
        null,
        List.of(CheckResult.of("c", score, 10, "f", Visibility.VISIBLE)),
        List.of(),
        null,
        null);
  }
}
