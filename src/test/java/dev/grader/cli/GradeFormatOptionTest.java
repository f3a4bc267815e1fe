package dev.grader.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GradeFormatOptionTest {
  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  @Test
  void formatsMayBeRepeatedOrCommaSeparated(@TempDir Path tmp) throws IOException {
    Path submissions = Files.createDirectories(tmp.resolve("class/kim"));
    Files.writeString(submissions.resolve("notes.txt"), "I did not get to the questions.\n");
    Path reports = tmp.resolve("reports");

    int code =
        run(
            "grade",
            tmp.resolve("class").toString(),
            "--rubrics",
            "rubrics",
            "--out",
            reports.toString(),
            "--format",
            "junit,gradescope",
            "--format",
            "csv");

    assertThat(code).as(err.toString()).isZero();
    assertThat(reports.resolve("kim.json")).isRegularFile();
    assertThat(reports.resolve("grades.csv")).isRegularFile();
    assertThat(reports.resolve("junit/kim.xml")).isRegularFile();
    assertThat(reports.resolve("gradescope/kim/results.json")).isRegularFile();
    assertThat(reports.resolve("index.html")).doesNotExist();
    assertThat(out.toString()).contains(reports.resolve("grades.csv").toAbsolutePath().toString());
  }

  @Test
  void unknownFormatIsAUsageErrorBeforeAnythingIsGraded(@TempDir Path tmp) {
    int code = run("grade", "submissions-sample", "--out", tmp.toString(), "--format", "html,pdf");

    assertThat(code).isEqualTo(ExitCodes.USAGE);
    assertThat(err.toString()).contains("unknown format 'pdf'");
    assertThat(tmp).isEmptyDirectory();
  }

  private int run(String... args) {
    return Main.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
  }
}
