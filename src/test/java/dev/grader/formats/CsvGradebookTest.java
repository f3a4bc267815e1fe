package dev.grader.formats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import dev.grader.report.ClassSummary;
import dev.grader.report.Json;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CsvGradebookTest {
  @TempDir static Path out;
  static ClassSummary summary;

  @BeforeAll
  static void writeTheSampleGradebook() throws IOException {
    GradedSample.reportsIn(out);
    Formats.write(out, EnumSet.of(Format.CSV));
    summary = Json.mapper().readValue(out.resolve("summary.json").toFile(), ClassSummary.class);
  }

  @Test
  void headerNamesStudentTotalMaxAndEachQuestion() throws IOException {
    String header = Files.readAllLines(out.resolve("grades.csv"), StandardCharsets.UTF_8).get(0);

    assertThat(header).isEqualTo("student,total,max,q1,q2,q3,q4,q5,q6");
  }

  @Test
  void everyStudentReadsBackWithTheSummarysPoints() throws IOException {
    List<Map<String, String>> rows = readBack(out.resolve("grades.csv"));

    assertThat(rows).hasSize(summary.students().size());
    for (int i = 0; i < rows.size(); i++) {
      Map<String, String> row = rows.get(i);
      ClassSummary.StudentTotal student = summary.students().get(i);
      assertThat(row.get("student")).isEqualTo(student.student());
      assertThat(Double.parseDouble(row.get("total"))).isEqualTo(student.score());
      assertThat(Double.parseDouble(row.get("max"))).isEqualTo(60.0);
      double sum = 0;
      for (String question : summary.questionIds()) {
        double points = Double.parseDouble(row.get(question));
        assertThat(points).isEqualTo(student.questions().get(question));
        sum += points;
      }
      assertThat(sum).isCloseTo(student.score(), offset(0.01));
    }
  }

  @Test
  void pointsArePlainNumbersWithoutTrailingZeros() throws IOException {
    assertThat(Files.readString(out.resolve("grades.csv")))
        .contains("\nbob-threads,36,60,8,3,6,2,10,7\n")
        .doesNotContain(".0,");
  }

  @Test
  void studentIdThatLooksLikeAFormulaStaysText(@TempDir Path dir) throws IOException {
    HostileReport.writeInto(dir);
    Formats.write(dir, EnumSet.of(Format.CSV));

    Map<String, String> row = readBack(dir.resolve("grades.csv")).get(0);

    assertThat(row.get("student")).isEqualTo("'" + HostileReport.STUDENT);
    assertThat(row.get("total")).isEqualTo("1");
  }

  private static List<Map<String, String>> readBack(Path csv) throws IOException {
    try (MappingIterator<Map<String, String>> rows =
        new CsvMapper()
            .readerForMapOf(String.class)
            .with(CsvSchema.emptySchema().withHeader())
            .readValues(csv.toFile())) {
      return rows.readAll();
    }
  }
}
