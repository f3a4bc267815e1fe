package dev.grader.cli;

import picocli.CommandLine;

/** A wrong command line says what is wrong and how to get help, and exits with code 2. */
final class UsageHandler implements CommandLine.IParameterExceptionHandler {
  @Override
  public int handleParseException(CommandLine.ParameterException e, String[] args) {
    CommandLine cli = e.getCommandLine();
    cli.getErr().println("grader: " + e.getMessage());
    cli.getErr().println("Try '" + cli.getCommandSpec().qualifiedName() + " --help'.");
    return ExitCodes.USAGE;
  }
}
