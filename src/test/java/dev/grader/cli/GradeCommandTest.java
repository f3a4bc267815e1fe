package dev.grader.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.grader.report.Json;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GradeCommandTest {
  private static final Path RUBRICS = Path.of("rubrics");

  @TempDir Path dir;

  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int grader(String... args) {
    return Main.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
  }

  @Test
  void missingClassFolderIsAGraderFaultThatSaysWhatToPass() {
    int code = grader("grade", dir.resolve("nope").toString(), "--rubrics", RUBRICS.toString());

    assertThat(code).isEqualTo(ExitCodes.GRADER_FAULT);
    assertThat(err.toString())
        .startsWith("grader: error: class folder ")
        .contains("does not exist")
        .doesNotContain("Exception")
        .doesNotContain("\tat ");
  }

  @Test
  void classFolderWithNoHandInFailsInsteadOfGradingNobody() throws IOException {
    Path empty = Files.createDirectories(dir.resolve("class"));
    Files.writeString(empty.resolve("README.md"), "# Class of 2026\n");
    Files.writeString(empty.resolve(".notes.txt"), "Q1 marked\n");
    Path reports = dir.resolve("reports");

    int code =
        grader("grade", empty.toString(), "--rubrics", RUBRICS.toString(), "--out", "" + reports);

    assertThat(code).isEqualTo(ExitCodes.GRADER_FAULT);
    assertThat(err.toString())
        .startsWith("grader: error: class folder " + empty + " holds no student folder or .zip: ")
        .contains("pass the folder that holds one sub-folder or .zip per student")
        .doesNotContain("hand-in");
    assertThat(reports).doesNotExist();
  }

  @Test
  void oneStudentsHandInGivenAsTheClassPointsToCheck() {
    Path handIn = Path.of("submissions-sample", "alice-model");

    int code =
        grader(
            "grade", "" + handIn, "--rubrics", "" + RUBRICS, "--out", "" + dir.resolve("reports"));

    assertThat(code).isEqualTo(ExitCodes.GRADER_FAULT);
    assertThat(err.toString())
        .contains("holds no student folder or .zip but answer files (Q3.java, Q5.java, Q6.java)")
        .contains("looks like one student's hand-in")
        .contains("grader check " + handIn.toAbsolutePath());
  }

  @Test
  void oneStudentsZipGivenAsTheClassPointsToCheck() {
    Path zip = Path.of("submissions-sample", "judy-zip.zip");

    int code =
        grader("grade", "" + zip, "--rubrics", "" + RUBRICS, "--out", "" + dir.resolve("reports"));

    assertThat(code).isEqualTo(ExitCodes.GRADER_FAULT);
    assertThat(err.toString())
        .contains("is one student's .zip")
        .contains("grader check " + zip.toAbsolutePath());
  }

  @Test
  void unknownOptionIsAUsageError() {
    int code = grader("grade", "--colour", "x");

    assertThat(code).isEqualTo(ExitCodes.USAGE);
    assertThat(err.toString()).contains("Unknown option: '--colour'").contains("--help");
  }

  @Test
  void missingCommandIsAUsageError() {
    assertThat(grader()).isEqualTo(ExitCodes.USAGE);
    assertThat(err.toString()).contains("missing command");
  }

  @Test
  void malformedRubricStopsWithFileLineAndNothingIsGraded() throws IOException {
    Path rubrics = copyRubrics();
    Path broken = rubrics.resolve("q3.yaml");
    Files.writeString(broken, Files.readString(broken).replace("type: compiles", "type: compile"));
    Path reports = dir.resolve("reports");

    int code =
        grader(
            "grade",
            "submissions-sample",
            "--rubrics",
            rubrics.toString(),
            "--out",
            reports.toString());

    assertThat(code).isEqualTo(ExitCodes.GRADER_FAULT);
    assertThat(err.toString())
        .containsPattern("grader: error: .*q3\\.yaml:\\d+:\\d+: unknown check type 'compile'");
    assertThat(reports).doesNotExist();
  }

  @Test
  void brokenHandInIsReportedAndTheRestOfTheClassIsGraded() throws IOException {
    Path submissions = Files.createDirectories(dir.resolve("class"));
    Path ann = Files.createDirectories(submissions.resolve("ann"));
    Files.writeString(
        ann.resolve("answers.md"),
        "## Q1\nMultiprocessing runs several processes in parallel on several cores.\n");
    Files.write(submissions.resolve("broken.zip"), new byte[] {'P', 'K', 3, 4, 0, 0, 0});
    Path reports = dir.resolve("reports");

    int code =
        grader(
            "grade",
            submissions.toString(),
            "--rubrics",
            RUBRICS.toString(),
            "--out",
            reports.toString(),
            "--sandbox",
            "none");

    assertThat(code).isEqualTo(ExitCodes.OK);
    JsonNode annReport = Json.mapper().readTree(reports.resolve("ann.json").toFile());
    assertThat(annReport.get("questions").get(0).get("score").asDouble()).isPositive();
    JsonNode broken = Json.mapper().readTree(reports.resolve("broken.json").toFile());
    assertThat(broken.get("score").asDouble()).isZero();
    assertThat(broken.get("warnings").toString()).contains("zip");
    JsonNode summary = Json.mapper().readTree(reports.resolve("summary.json").toFile());
    assertThat(summary.get("students")).hasSize(2);
    assertThat(out.toString()).contains("Graded 2 students");
  }

  private Path copyRubrics() throws IOException {
    Path copy = Files.createDirectories(dir.resolve("rubrics"));
    try (Stream<Path> files = Files.list(RUBRICS)) {
      for (Path file : files.filter(Files::isRegularFile).toList()) {
        Files.copy(file, copy.resolve(file.getFileName()));
      }
    }
    return copy;
  }
}
