package dev.grader.formats;

import dev.grader.GraderException;
import dev.grader.report.ClassSummary;
import dev.grader.report.StudentReport;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Turns the JSON reports of a graded class into the other formats. Each student's report is read
 * once and handed to every writer, so memory holds one student at a time.
 */
public final class Formats {
  private Formats() {}

  /**
   * Writes the chosen formats from the reports in {@code out} (as written by {@code Grader.grade}).
   *
   * @return the files or folders written, one per format other than JSON
   * @throws GraderException when the reports cannot be read or the outputs cannot be written
   */
  public static List<Path> write(Path out, Set<Format> formats) {
    ReportFiles reports = new ReportFiles(out);
    ClassSummary summary = reports.summary();
    List<FormatWriter> writers = new ArrayList<>();
    try {
      for (Format format : formats) {
        open(format, out, summary, writers);
      }
      if (writers.isEmpty()) {
        return List.of();
      }
      for (int i = 0; i < summary.students().size(); i++) {
        StudentReport report = reports.student(summary.students().get(i).student());
        for (FormatWriter writer : writers) {
          writer.student(i, report);
        }
      }
      List<Path> written = new ArrayList<>();
      for (FormatWriter writer : writers) {
        written.add(writer.finish());
      }
      return written;
    } catch (IOException | UncheckedIOException e) {
      throw new GraderException("cannot write reports in " + out + ": " + e.getMessage(), e);
    } finally {
      closeAll(writers);
    }
  }

  private static void open(
      Format format, Path out, ClassSummary summary, List<FormatWriter> writers)
      throws IOException {
    switch (format) {
      case JSON -> {
        // Written while grading.
      }
      case CSV -> writers.add(new CsvGradebook(out.resolve("grades.csv"), summary));
      case JUNIT -> writers.add(new JUnitXml(out.resolve("junit")));
      case GRADESCOPE -> writers.add(new GradescopeResults(out.resolve("gradescope")));
      case HTML -> writers.add(new HtmlReport(out.resolve("index.html"), summary));
    }
  }

  private static void closeAll(List<FormatWriter> writers) {
    for (FormatWriter writer : writers) {
      try {
        writer.close();
      } catch (IOException e) {
        // Only temporary files are left behind; the run's outcome is already decided.
      }
    }
  }
}
