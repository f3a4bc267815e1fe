package dev.grader.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.grader.report.Json;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GradeOverridesTest {
  private static final Path DIR = Path.of("src/test/resources/overrides");

  @TempDir Path out;

  @Test
  void overridesAreRecordedInTheReportAndTheSummaryAndTheThresholdSeesThem() throws IOException {
    Cli cli =
        Cli.run(
            "grade",
            DIR.resolve("class").toString(),
            "--out",
            out.toString(),
            "--overrides",
            DIR.resolve("overrides.yaml").toString(),
            "--fail-under",
            "30");

    assertThat(cli.exitCode()).as(cli.err()).isEqualTo(ExitCodes.BELOW_THRESHOLD);
    assertThat(cli.err()).contains("1 below --fail-under 30: ann (");
    JsonNode report = Json.mapper().readTree(out.resolve("ann.json").toFile());
    JsonNode q1 = report.get("questions").get(0);
    assertThat(q1.get("score").asDouble()).isEqualTo(10.0);
    JsonNode override = q1.get("overrides").get(0);
    assertThat(override.get("new_score").asDouble()).isEqualTo(10.0);
    assertThat(override.get("original_score").asDouble()).isLessThan(10.0);
    assertThat(override.get("reason").asText()).startsWith("Isolation is explained");
    assertThat(override.get("source").asText()).isEqualTo("overrides.yaml:2");
    double total = 0;
    for (JsonNode question : report.get("questions")) {
      total += question.get("score").asDouble();
    }
    assertThat(report.get("score").asDouble()).isEqualTo(total);
    JsonNode summary = Json.mapper().readTree(out.resolve("summary.json").toFile());
    assertThat(summary.get("students").get(0).get("score").asDouble()).isEqualTo(total);
    assertThat(summary.get("students").get(0).get("questions").get("q1").asDouble())
        .isEqualTo(10.0);
  }

  @Test
  void aBrokenOverridesFileStopsBeforeGradingWithItsPosition() {
    Cli cli =
        Cli.run(
            "grade",
            DIR.resolve("class").toString(),
            "--out",
            out.toString(),
            "--overrides",
            DIR.resolve("bad/unknown-question.yaml").toString());

    assertThat(cli.exitCode()).isEqualTo(ExitCodes.GRADER_FAULT);
    assertThat(cli.err()).contains("unknown-question.yaml:2:13: no question 'q9'");
  }
}
