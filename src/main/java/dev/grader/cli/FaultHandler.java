package dev.grader.cli;

import dev.grader.GraderException;
import picocli.CommandLine;

/** Grader faults become one clear line and exit code 1; anything else is a bug, shown as such. */
final class FaultHandler implements CommandLine.IExecutionExceptionHandler {
  @Override
  public int handleExecutionException(
      Exception e, CommandLine cli, CommandLine.ParseResult parseResult) {
    if (e instanceof GraderException) {
      cli.getErr().println("grader: error: " + e.getMessage());
    } else {
      cli.getErr().println("grader: internal error (please report it): " + e);
      e.printStackTrace(cli.getErr());
    }
    return ExitCodes.GRADER_FAULT;
  }
}
