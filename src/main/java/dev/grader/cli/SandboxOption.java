package dev.grader.cli;

import dev.grader.sandbox.SandboxMode;
import picocli.CommandLine.Option;

/** {@code --sandbox MODE}, shared by every command that runs student code. */
final class SandboxOption {
  @Option(
      names = "--sandbox",
      paramLabel = "MODE",
      defaultValue = "auto",
      converter = SandboxModeConverter.class,
      description = "auto (strongest available), bubblewrap (required) or none.")
  SandboxMode mode;
}
