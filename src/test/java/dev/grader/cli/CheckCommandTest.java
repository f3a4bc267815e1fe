package dev.grader.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.grader.report.Json;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CheckCommandTest {
  @TempDir Path out;

  @Test
  void studentSeesVisibleChecksOnlyAndALowScoreFailsTheThreshold() throws IOException {
    Cli cli =
        Cli.run(
            "check",
            "submissions-sample/judy-zip.zip",
            "--out",
            out.toString(),
            "--fail-under",
            "50");

    assertThat(cli.exitCode()).as(cli.err()).isEqualTo(ExitCodes.BELOW_THRESHOLD);
    assertThat(cli.out())
        .startsWith("Self-check of judy-zip\n")
        .contains("  ✗ Prints the squares  0/2\n")
        .contains("    | 1 4 9 16 25\n")
        .contains("+ 1 hidden check worth 2 points")
        .contains("Total: 43/58 on the checks shown")
        .doesNotContain("runsWorkOnPoolThreads")
        .doesNotContain("\u001b[");
    assertThat(cli.err()).contains("score 43 is below --fail-under 50");

    String json = Files.readString(out.resolve("judy-zip.json"));
    assertThat(json).doesNotContain("runsWorkOnPoolThreads").doesNotContain("worker threads: use");
    JsonNode q5 = Json.mapper().readTree(json).get("questions").get(4);
    assertThat(q5.get("hidden").get("checks").asInt()).isEqualTo(1);
    assertThat(q5.get("hidden").get("points").asDouble()).isEqualTo(2.0);
    assertThat(q5.get("max_score").asDouble()).isEqualTo(8.0);
  }

  @Test
  void aPathThatIsNoHandInIsAGraderFault() {
    Cli cli = Cli.run("check", "pom.xml");

    assertThat(cli.exitCode()).isEqualTo(ExitCodes.GRADER_FAULT);
    assertThat(cli.err()).contains("is not a folder or a .zip file");
  }

  @Test
  void thresholdAppliesOnlyWhenGiven() {
    assertThat(Thresholds.exitCode(null, 0)).isEqualTo(ExitCodes.OK);
    assertThat(Thresholds.exitCode(30.0, 30)).isEqualTo(ExitCodes.OK);
    assertThat(Thresholds.exitCode(30.0, 29.5)).isEqualTo(ExitCodes.BELOW_THRESHOLD);
  }
}
