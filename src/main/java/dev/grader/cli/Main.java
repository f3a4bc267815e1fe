package dev.grader.cli;

import java.io.PrintWriter;
import picocli.CommandLine;

/** The {@code grader} command. Only here does the process exit. */
public final class Main {
  private Main() {}

  public static void main(String[] args) {
    System.exit(run(new PrintWriter(System.out, true), new PrintWriter(System.err, true), args));
  }

  /** Runs the command line and returns its exit code; testable without exiting. */
  public static int run(PrintWriter out, PrintWriter err, String... args) {
    CommandLine cli = new CommandLine(new GraderCommand());
    cli.setOut(out);
    cli.setErr(err);
    cli.setExecutionExceptionHandler(new FaultHandler());
    cli.setParameterExceptionHandler(new UsageHandler());
    return cli.execute(args);
  }
}
