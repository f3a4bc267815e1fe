package dev.grader.cli;

import dev.grader.kit.StudentKit;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code grader kit <out>}: the rubrics students may have, without hidden checks or tests. */
@Command(
    name = "kit",
    mixinStandardHelpOptions = true,
    description = {
      "Writes a student kit to OUT: the rubrics without hidden and after_due_date checks, the"
          + " instructor tests those checks do not use, the assignment text and the schema.",
      "Reference solutions are never included."
    })
final class KitCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(paramLabel = "OUT", description = "A new or empty folder for the kit.")
  Path out;

  @Mixin RubricsOption rubrics;

  @Override
  public Integer call() {
    StudentKit.Contents kit = StudentKit.publish(rubrics.dir(), out);
    PrintWriter stdout = spec.commandLine().getOut();
    stdout.printf("Student kit in %s: %s%n", out, String.join(", ", kit.rubrics()));
    kit.checksRemoved().forEach(c -> stdout.printf("  left out check  %s%n", c));
    kit.testsWithheld().forEach(t -> stdout.printf("  left out tests  %s.java%n", t));
    stdout.printf("Students run: grader check MY-FOLDER --rubrics %s%n", out);
    return ExitCodes.OK;
  }
}
