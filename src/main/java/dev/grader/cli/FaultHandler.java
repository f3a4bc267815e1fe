package dev.grader.cli;

import dev.grader.GraderException;
import picocli.CommandLine;

/**
 * Grader faults become one clear line and exit code 1; anything else is a bug, said to be one (with
 * its stack trace on request).
 */
final class FaultHandler implements CommandLine.IExecutionExceptionHandler {
  @Override
  public int handleExecutionException(
      Exception e, CommandLine cli, CommandLine.ParseResult parseResult) {
    if (e instanceof GraderException) {
      cli.getErr().println("grader: error: " + e.getMessage());
    } else {
      cli.getErr().println("grader: internal error (please report it): " + e);
      if (System.getenv("GRADER_DEBUG") != null) {
        e.printStackTrace(cli.getErr());
      } else {
        cli.getErr().println("Set GRADER_DEBUG=1 to see where it happened.");
      }
    }
    return ExitCodes.GRADER_FAULT;
  }
}
