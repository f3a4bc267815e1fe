package dev.grader.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ValidateCommandTest {
  private static final String FIXTURES = "src/test/resources/validate/";

  @Test
  void shippedRubricsAreValidAndTheirReferenceSolutionGetsFullMarks() {
    Cli cli = Cli.run("validate", "rubrics");

    assertThat(cli.exitCode()).as(cli.out() + cli.err()).isEqualTo(ExitCodes.OK);
    assertThat(cli.out())
        .contains("match the schema")
        .contains("  q5   10/10  ok")
        .contains("The reference solution gets full marks.");
  }

  @Test
  void schemaProblemsAreListedAsFileLineColumn() {
    Cli cli = Cli.run("validate", FIXTURES + "broken");

    assertThat(cli.exitCode()).isEqualTo(ExitCodes.GRADER_FAULT);
    assertThat(cli.err()).contains(FIXTURES + "broken/q1.yaml:7:13: ").contains("2 problems");
  }

  @Test
  void aSolutionShortOfFullMarksFailsAndSaysWhichCheck() {
    Cli cli = Cli.run("validate", FIXTURES + "short-solution", "--sandbox", "none");

    assertThat(cli.exitCode()).isEqualTo(ExitCodes.GRADER_FAULT);
    assertThat(cli.out())
        .contains("  q1   2/5  NOT FULL MARKS (graded)")
        .contains("Scheduled by the operating system: Missing");
    assertThat(cli.err()).contains("does not get full marks");
  }

  @Test
  void kitCommandListsWhatItLeftOut(@org.junit.jupiter.api.io.TempDir java.nio.file.Path tmp) {
    Cli cli = Cli.run("kit", tmp.resolve("kit").toString(), "--rubrics", "rubrics");

    assertThat(cli.exitCode()).as(cli.err()).isEqualTo(ExitCodes.OK);
    assertThat(cli.out())
        .contains("left out check  q5: Instructor tests")
        .contains("left out tests  Q5PoolThreadsTest.java");
  }
}
