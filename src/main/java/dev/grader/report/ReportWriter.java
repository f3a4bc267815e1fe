package dev.grader.report;

import dev.grader.GraderException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Writes {@code <out>/<student>.json} and {@code <out>/summary.json}, each atomically. */
public final class ReportWriter {
  private final Path out;

  public ReportWriter(Path out) {
    this.out = out;
    try {
      Files.createDirectories(out);
    } catch (IOException e) {
      throw new GraderException(
          "cannot create the report folder " + out + ": " + e.getMessage() + " (choose --out DIR)",
          e);
    }
  }

  public Path out() {
    return out;
  }

  /** The report file of a student; ids are made safe as file names. */
  public Path studentFile(String student) {
    return out.resolve(FileNames.safe(student) + ".json");
  }

  public void write(StudentReport report) {
    writeJson(studentFile(report.student()), report);
  }

  public void write(ClassSummary summary) {
    writeJson(out.resolve("summary.json"), summary);
  }

  private void writeJson(Path file, Object value) {
    try {
      AtomicFiles.write(file, Json.mapper().writeValueAsBytes(value));
    } catch (IOException e) {
      throw new GraderException("cannot write report " + file + ": " + e.getMessage(), e);
    }
  }
}
