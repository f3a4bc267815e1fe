package dev.grader.grading;

import dev.grader.output.Excerpt;
import dev.grader.report.QuestionStatus;
import dev.grader.report.RunReport;
import dev.grader.sandbox.RunResult;
import dev.grader.sandbox.Termination;
import java.time.Duration;

/** One run of a student's program, read as a grading status and an explanation. */
record ProgramRun(RunResult result, Duration timeout, long outputLimit, int memoryMb) {
  /** How much captured output a report quotes. */
  static final int EXCERPT_CHARS = 2000;

  QuestionStatus status() {
    return switch (result.termination()) {
      case TIMEOUT -> QuestionStatus.TIMEOUT;
      case OUTPUT_LIMIT -> QuestionStatus.OUTPUT_LIMIT;
      case MEMORY_LIMIT -> QuestionStatus.MEMORY_LIMIT;
      case FAILED_TO_START -> QuestionStatus.GRADER_ERROR;
      case EXITED -> result.exitCode() == 0 ? QuestionStatus.GRADED : QuestionStatus.CRASHED;
    };
  }

  /** Why the run did not end normally, in words that tell the student what to look at. */
  String explanation() {
    return switch (result.termination()) {
      case TIMEOUT -> result.waiting().isEmpty() ? timedOut() : couldNotFinish();
      case OUTPUT_LIMIT ->
          "The program printed more than "
              + outputLimit / 1024
              + " KiB and was stopped: look for a print inside an endless loop.";
      case MEMORY_LIMIT ->
          "The program used more than " + memoryMb + " MiB of memory and was stopped.";
      case FAILED_TO_START -> "The grader could not start the program: " + result.stderr();
      case EXITED ->
          result.exitCode() == 0
              ? "The program ran to completion."
              : "The program ended with exit code "
                  + result.exitCode()
                  + firstErrorLine(result.stderr());
    };
  }

  private String timedOut() {
    return "The program did not finish within "
        + seconds(timeout)
        + " and was stopped with all its child processes: look for an endless loop, a"
        + " process that never ends, or a read from standard input (none is given).";
  }

  private String couldNotFinish() {
    return "The program could not finish within "
        + seconds(timeout)
        + " and was stopped early with all its child processes: every process was waiting, and"
        + " nothing could wake one before the limit: "
        + String.join("; ", result.waiting())
        + ". Look for a process that never ends, a sleep longer than the limit, or threads"
        + " waiting for each other.";
  }

  RunReport report() {
    return new RunReport(
        result.termination().name().toLowerCase(java.util.Locale.ROOT),
        result.termination() == Termination.EXITED ? result.exitCode() : null,
        result.wall().toMillis(),
        result.cpu() == null ? null : result.cpu().toMillis(),
        Excerpt.of(result.stdout(), EXCERPT_CHARS),
        Excerpt.of(result.stderr(), EXCERPT_CHARS),
        result.outputBytes(),
        result.waiting());
  }

  private static String seconds(Duration duration) {
    return duration.toMillis() % 1000 == 0
        ? duration.toSeconds() + " s"
        : String.format(java.util.Locale.ROOT, "%.1f s", duration.toMillis() / 1000.0);
  }

  private static String firstErrorLine(String stderr) {
    return stderr
        .lines()
        .map(String::strip)
        .filter(line -> !line.isEmpty())
        .findFirst()
        .map(line -> ": " + (line.length() > 200 ? line.substring(0, 200) + "..." : line))
        .orElse(".");
  }
}
