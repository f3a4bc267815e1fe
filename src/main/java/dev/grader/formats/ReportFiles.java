package dev.grader.formats;

import dev.grader.GraderException;
import dev.grader.report.ClassSummary;
import dev.grader.report.FileNames;
import dev.grader.report.Json;
import dev.grader.report.StudentReport;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Reads back the JSON reports of a graded class, one file at a time. */
final class ReportFiles {
  private final Path out;

  ReportFiles(Path out) {
    this.out = out;
  }

  ClassSummary summary() {
    Path file = out.resolve("summary.json");
    if (!Files.isRegularFile(file)) {
      throw new GraderException(
          "no summary.json in "
              + out
              + ": grade the class first (grader grade ... --out "
              + out
              + ")");
    }
    return read(file, ClassSummary.class);
  }

  StudentReport student(String student) {
    return read(out.resolve(FileNames.safe(student) + ".json"), StudentReport.class);
  }

  private static <T> T read(Path file, Class<T> type) {
    try {
      return Json.mapper().readValue(file.toFile(), type);
    } catch (IOException e) {
      throw new GraderException(
          "cannot read report " + file + ": " + e.getMessage() + " (grade the class again)", e);
    }
  }
}
