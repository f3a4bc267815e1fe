package dev.grader.analysis;

import static dev.grader.analysis.Fixtures.search;
import static org.assertj.core.api.Assertions.assertThat;

import dev.grader.rubric.Alternative;
import dev.grader.rubric.CheckSpec;
import dev.grader.rubric.CodePattern;
import dev.grader.rubric.Verdict;
import java.util.List;
import org.junit.jupiter.api.Test;

class UsesAndAvoidsGraderTest {
  private static final CheckSpec.Uses STARTS_A_PROCESS =
      new CheckSpec.Uses(
          "Starts a child process",
          4,
          null,
          List.of(
              new Alternative(List.of("Runtime.exec"), null, 2, "Runtime.exec works"),
              new Alternative(
                  List.of("ProcessBuilder.start"),
                  List.of(),
                  4,
                  "Starts the child with ProcessBuilder")),
          "No child process is started: look at ProcessBuilder.");

  private static final CheckSpec.Avoids NO_RUNTIME_EXEC =
      new CheckSpec.Avoids(
          "Does not use Runtime.exec",
          1,
          null,
          new CodePattern(List.of("Runtime.exec"), List.of()),
          "Runtime.exec is discouraged; use ProcessBuilder.");

  @Test
  void bestScoringAlternativeFoundWinsAndSaysWhere() {
    Verdict verdict =
        UsesGrader.grade(
            STARTS_A_PROCESS, search("processes/RuntimeExec.java", "processes/PbLocal.java"));

    assertThat(verdict.score()).isEqualTo(4);
    assertThat(verdict.feedback())
        .isEqualTo("Starts the child with ProcessBuilder (ProcessBuilder.start at PbLocal.java:6)");
  }

  @Test
  void lesserAlternativeGivesPartialCredit() {
    Verdict verdict = UsesGrader.grade(STARTS_A_PROCESS, search("processes/RuntimeExec.java"));

    assertThat(verdict.score()).isEqualTo(2);
    assertThat(verdict.feedback())
        .isEqualTo("Runtime.exec works (Runtime.exec at RuntimeExec.java:3)");
  }

  @Test
  void nothingFoundGivesZeroAndTheMissingText() {
    Verdict verdict = UsesGrader.grade(STARTS_A_PROCESS, search("processes/OnlyMentions.java"));

    assertThat(verdict.score()).isZero();
    assertThat(verdict.feedback())
        .isEqualTo("No child process is started: look at ProcessBuilder.");
  }

  @Test
  void missingFeedbackNamesSourcesThatCouldNotBeSearched() {
    Verdict verdict = UsesGrader.grade(STARTS_A_PROCESS, search("broken/Broken.java"));

    assertThat(verdict.score()).isZero();
    assertThat(verdict.feedback())
        .startsWith(
            "No child process is started: look at ProcessBuilder. Code that does not parse was"
                + " not searched: Broken.java:3:");
  }

  @Test
  void forbiddenConstructFoundCostsThePointsAndSaysWhere() {
    Verdict verdict = AvoidsGrader.grade(NO_RUNTIME_EXEC, search("broken/Helper.java"));

    assertThat(verdict.score()).isZero();
    assertThat(verdict.feedback())
        .isEqualTo(
            "Runtime.exec is discouraged; use ProcessBuilder. (found Runtime.exec at Helper.java:3)");
  }

  @Test
  void forbiddenConstructAbsentGivesFullPoints() {
    Verdict verdict = AvoidsGrader.grade(NO_RUNTIME_EXEC, search("processes/OnlyMentions.java"));

    assertThat(verdict.score()).isEqualTo(1);
  }
}
