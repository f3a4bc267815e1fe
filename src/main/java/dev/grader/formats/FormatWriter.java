package dev.grader.formats;

import dev.grader.report.StudentReport;
import java.io.IOException;
import java.nio.file.Path;

/**
 * Writes one format from a graded class, told of one student at a time so that memory stays flat
 * however large the class.
 */
interface FormatWriter extends AutoCloseable {
  /** Called once per student, in the summary's order; {@code index} counts from 0. */
  default void student(int index, StudentReport report) throws IOException {}

  /** Completes the output after the last student and returns the file or folder written. */
  Path finish() throws IOException;

  /** Releases anything left behind by a run that failed before {@link #finish()}. */
  @Override
  default void close() throws IOException {}
}
