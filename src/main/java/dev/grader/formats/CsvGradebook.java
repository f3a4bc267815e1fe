package dev.grader.formats;

import com.fasterxml.jackson.databind.SequenceWriter;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import dev.grader.report.AtomicFiles;
import dev.grader.report.ClassSummary;
import dev.grader.report.ClassSummary.StudentTotal;
import dev.grader.report.Scores;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code grades.csv}: one row per student with columns {@code student, total, max} and one column
 * per question id ({@code q1, q2, ...}), points written as plain numbers ({@code 7.5}). UTF-8,
 * comma separated, a header row, quotes only where needed: what Canvas, Moodle and Blackboard
 * import. Everything it needs is in the summary.
 */
final class CsvGradebook implements FormatWriter {
  /** Characters that make a spreadsheet read a cell as a formula. */
  private static final String FORMULA_STARTS = "=+-@\t\r";

  private final Path file;
  private final ClassSummary summary;

  CsvGradebook(Path file, ClassSummary summary) {
    this.file = file;
    this.summary = summary;
  }

  @Override
  public Path finish() throws IOException {
    List<String> questions = summary.questionIds();
    CsvSchema.Builder schema = CsvSchema.builder().addColumn("student");
    schema.addColumn("total").addColumn("max");
    questions.forEach(schema::addColumn);
    StringWriter text = new StringWriter();
    try (SequenceWriter rows =
        new CsvMapper().writer(schema.build().withHeader()).writeValues(text)) {
      for (StudentTotal student : summary.students()) {
        rows.write(row(student, questions));
      }
    }
    AtomicFiles.write(file, text.toString().getBytes(StandardCharsets.UTF_8));
    return file;
  }

  private static List<String> row(StudentTotal student, List<String> questions) {
    List<String> row = new ArrayList<>();
    row.add(defused(student.student()));
    row.add(Scores.format(student.score()));
    row.add(Scores.format(student.maxScore()));
    for (String question : questions) {
      Double points = student.questions().get(question);
      row.add(points == null ? "" : Scores.format(points));
    }
    return row;
  }

  /** Student ids come from folder names; one like {@code =HYPERLINK(...)} must stay text. */
  static String defused(String cell) {
    return !cell.isEmpty() && FORMULA_STARTS.indexOf(cell.charAt(0)) >= 0 ? "'" + cell : cell;
  }
}
