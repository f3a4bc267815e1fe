package dev.grader.report;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * How the student's program ran, with output excerpts a student can compare with the checks.
 *
 * @param termination how the run ended ({@code exited}, {@code timeout}, ...)
 * @param exitCode the exit code, when it exited
 * @param wallMs wall-clock time of the run
 * @param cpuMs CPU time of the process tree, where the platform tells it
 * @param stdout excerpt of standard output
 * @param stderr excerpt of standard error
 * @param outputBytes total bytes written to stdout and stderr
 * @param waiting for a run stopped before its timeout because nothing could wake it before then:
 *     what its processes waited for; absent otherwise
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record RunReport(
    String termination,
    Integer exitCode,
    long wallMs,
    Long cpuMs,
    String stdout,
    String stderr,
    long outputBytes,
    @JsonInclude(JsonInclude.Include.NON_EMPTY) List<String> waiting) {
  public RunReport {
    waiting = waiting == null ? List.of() : List.copyOf(waiting);
  }
}
