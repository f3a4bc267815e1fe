package dev.grader.text;

import static org.assertj.core.api.Assertions.assertThat;

import dev.grader.rubric.CheckSpec;
import dev.grader.rubric.Verdict;
import java.util.List;
import org.junit.jupiter.api.Test;

class ConceptGraderTest {
  private static final ConceptGrader GRADER = new ConceptGrader(new ConceptMatcher());
  private static final CheckSpec.Concept ISOLATION =
      new CheckSpec.Concept(
          "process isolation",
          2,
          null,
          List.of("isolation", "own address space", "separate memory"),
          "What happens to the parent when a child process crashes?");

  @Test
  void mentionedConceptGivesFullPointsAndQuotesTheStudent() throws Exception {
    Verdict verdict =
        GRADER.grade(ISOLATION, ConceptMatcherTest.answer("q4-processes-vs-threads.txt"));

    assertThat(verdict.score()).isEqualTo(2);
    assertThat(verdict.feedback()).isEqualTo("Mentions process isolation (\"isolated\")");
  }

  @Test
  void missingConceptGivesZeroAndTheHint() throws Exception {
    Verdict verdict = GRADER.grade(ISOLATION, ConceptMatcherTest.answer("q4-off-topic.txt"));

    assertThat(verdict.score()).isZero();
    assertThat(verdict.feedback())
        .isEqualTo(
            "Missing: process isolation. What happens to the parent when a child process"
                + " crashes?");
  }

  @Test
  void emptyAnswerSaysSo() {
    Verdict verdict = GRADER.grade(ISOLATION, " \n\t");

    assertThat(verdict.score()).isZero();
    assertThat(verdict.feedback())
        .isEqualTo(
            "Missing: process isolation (the answer is empty). What happens to the parent when a"
                + " child process crashes?");
  }

  @Test
  void oneWordAnswerCanStillMentionTheConcept() {
    assertThat(GRADER.grade(ISOLATION, "Isolation.").feedback())
        .isEqualTo("Mentions process isolation (\"Isolation\")");
  }
}
