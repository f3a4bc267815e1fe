package dev.grader.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.grader.report.StudentReport;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class ProgressPrinterTest {
  private static final long SECOND = 1_000_000_000L;

  private static StudentReport report(String student) {
    return StudentReport.of(student, "none", List.of(), List.of());
  }

  @Test
  void terminalBarRedrawsInPlaceWithCountAndTimeLeft() {
    StringWriter text = new StringWriter();
    AtomicLong now = new AtomicLong();
    ProgressPrinter printer = new ProgressPrinter(new PrintWriter(text), true, now::get);

    printer.started(4, "bubblewrap");
    now.set(10 * SECOND);
    printer.finished(report("ann"));
    now.set(20 * SECOND);
    printer.finished(report("bo"));

    assertThat(text.toString())
        .isEqualTo(
            "Grading 4 students (sandbox: bubblewrap)\n"
                + "\r[..............................] 0/4"
                + "\r[#######.......................] 1/4  ETA 0:30  ann 0/0"
                + "\r[###############...............] 2/4  ETA 0:20  bo 0/0 ");
  }

  @Test
  void barEndsItsLineWhenTheLastStudentIsDone() {
    StringWriter text = new StringWriter();
    AtomicLong now = new AtomicLong();
    ProgressPrinter printer = new ProgressPrinter(new PrintWriter(text), true, now::get);

    printer.started(1, "none");
    now.set(75 * SECOND);
    printer.finished(report("ann"));

    assertThat(text.toString()).endsWith("] 1/1  done in 1:15  ann 0/0\n");
  }

  @Test
  void logsGetOneLinePerStudent() {
    StringWriter text = new StringWriter();
    ProgressPrinter printer = new ProgressPrinter(new PrintWriter(text));

    printer.started(2, "none");
    printer.finished(report("ann"));

    assertThat(text.toString())
        .isEqualTo("Grading 2 students (sandbox: none)\n[1/2] ann: 0/0\n")
        .doesNotContain("\r");
  }

  @Test
  void oneStudentIsOneStudent() {
    StringWriter text = new StringWriter();
    ProgressPrinter printer = new ProgressPrinter(new PrintWriter(text));

    printer.started(1, "none");

    assertThat(text.toString()).isEqualTo("Grading 1 student (sandbox: none)\n");
  }
}
