package dev.grader.sandbox;

import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * What a sandboxed run did.
 *
 * @param termination how it ended
 * @param exitCode the direct child's exit code (meaningful for {@link Termination#EXITED})
 * @param stdout captured standard output, at most the run's output limit
 * @param stderr captured standard error, without the JVM's "Picked up JAVA_TOOL_OPTIONS" line
 * @param outputBytes how many bytes the program wrote to stdout and stderr in total
 * @param wall wall-clock time of the run
 * @param cpu CPU time of the whole process tree, or {@code null} where the platform cannot tell
 * @param isolation the sandbox layers used, e.g. {@code bubblewrap+cgroup} or {@code unsandboxed}
 * @param waiting for a run stopped before its timeout because nothing could wake it before then
 *     ({@link WaitingTree}): what its processes waited for, one line per kind; empty otherwise
 */
public record RunResult(
    Termination termination,
    int exitCode,
    String stdout,
    String stderr,
    long outputBytes,
    Duration wall,
    Duration cpu,
    String isolation,
    List<String> waiting) {
  public RunResult {
    Objects.requireNonNull(termination, "termination");
    Objects.requireNonNull(stdout, "stdout");
    Objects.requireNonNull(stderr, "stderr");
    Objects.requireNonNull(wall, "wall");
    Objects.requireNonNull(isolation, "isolation");
    waiting = List.copyOf(waiting);
  }

  public boolean exitedNormally() {
    return termination == Termination.EXITED && exitCode == 0;
  }
}
