package dev.grader.cli;

import dev.grader.grading.GradingListener;
import dev.grader.report.Counts;
import dev.grader.report.StudentReport;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.function.LongSupplier;

/**
 * Grading progress on stderr: on a terminal one bar redrawn in place with the count and an estimate
 * of the time left; in logs and pipes, where a redrawn line would be noise, one line per finished
 * student.
 */
final class ProgressPrinter implements GradingListener {
  private static final int BAR_WIDTH = 30;

  private final PrintWriter err;
  private final boolean bar;
  private final LongSupplier nanoClock;
  private int done;
  private int total;
  private long startNanos;
  private int drawnWidth;

  /** Plain lines, one per student. */
  ProgressPrinter(PrintWriter err) {
    this(err, false, System::nanoTime);
  }

  /**
   * @param bar whether to redraw one line in place (for terminals)
   * @param nanoClock the time source, for tests
   */
  ProgressPrinter(PrintWriter err, boolean bar, LongSupplier nanoClock) {
    this.err = err;
    this.bar = bar;
    this.nanoClock = nanoClock;
  }

  /** A bar when stderr is a terminal, lines otherwise. */
  static ProgressPrinter forTerminal(PrintWriter err) {
    return new ProgressPrinter(err, System.console() != null, System::nanoTime);
  }

  @Override
  public synchronized void started(int students, String isolation) {
    total = students;
    startNanos = nanoClock.getAsLong();
    err.printf("Grading %s (sandbox: %s)%n", Counts.of(students, "student"), isolation);
    if (bar && students > 0) {
      draw("");
    }
    err.flush();
  }

  @Override
  public synchronized void finished(StudentReport report) {
    done++;
    String last = report.student() + " " + fmt(report.score()) + "/" + fmt(report.maxScore());
    if (bar) {
      draw(last);
      if (done == total) {
        err.println();
      }
    } else {
      err.printf(
          "[%d/%d] %s: %s/%s%n",
          done, total, report.student(), fmt(report.score()), fmt(report.maxScore()));
    }
    err.flush();
  }

  /** Redraws the bar over the previous one, blanking what a longer previous line left. */
  private void draw(String last) {
    int filled = total == 0 ? BAR_WIDTH : done * BAR_WIDTH / total;
    String line =
        "["
            + "#".repeat(filled)
            + ".".repeat(BAR_WIDTH - filled)
            + "] "
            + done
            + "/"
            + total
            + eta()
            + (last.isEmpty() ? "" : "  " + last);
    err.print("\r" + line + " ".repeat(Math.max(0, drawnWidth - line.length())));
    drawnWidth = line.length();
  }

  private String eta() {
    if (done == 0) {
      return "";
    }
    if (done == total) {
      return "  done in " + clock(nanoClock.getAsLong() - startNanos);
    }
    long elapsed = nanoClock.getAsLong() - startNanos;
    return "  ETA " + clock(elapsed / done * (total - done));
  }

  static String clock(long nanos) {
    Duration d = Duration.ofNanos(nanos);
    return String.format("%d:%02d", d.toMinutes(), d.toSecondsPart());
  }

  static String fmt(double points) {
    return points == Math.rint(points) ? String.valueOf((long) points) : String.valueOf(points);
  }
}
