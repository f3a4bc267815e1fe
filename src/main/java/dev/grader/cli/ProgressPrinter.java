package dev.grader.cli;

import dev.grader.grading.GradingListener;
import dev.grader.report.StudentReport;
import java.io.PrintWriter;
import java.util.concurrent.atomic.AtomicInteger;

/** One line per finished student, for logs and terminals alike. */
final class ProgressPrinter implements GradingListener {
  private final PrintWriter err;
  private final AtomicInteger done = new AtomicInteger();
  private volatile int total;

  ProgressPrinter(PrintWriter err) {
    this.err = err;
  }

  @Override
  public void started(int total, String isolation) {
    this.total = total;
    err.printf("Grading %d students (sandbox: %s)%n", total, isolation);
  }

  @Override
  public void finished(StudentReport report) {
    synchronized (err) {
      err.printf(
          "[%d/%d] %s: %s/%s%n",
          done.incrementAndGet(),
          total,
          report.student(),
          fmt(report.score()),
          fmt(report.maxScore()));
      err.flush();
    }
  }

  static String fmt(double points) {
    return points == Math.rint(points) ? String.valueOf((long) points) : String.valueOf(points);
  }
}
