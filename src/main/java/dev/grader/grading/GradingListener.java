package dev.grader.grading;

import dev.grader.report.StudentReport;

/** Told of grading progress, from grading threads: implementations must be thread-safe. */
public interface GradingListener {
  GradingListener SILENT = new GradingListener() {};

  /** Grading of {@code total} students begins. */
  default void started(int total, String isolation) {}

  /** One student is done and its report written. */
  default void finished(StudentReport report) {}
}
