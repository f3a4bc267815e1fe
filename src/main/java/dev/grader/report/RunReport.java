package dev.grader.report;

import com.fasterxml.jackson.annotation.JsonInclude;

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
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record RunReport(
    String termination,
    Integer exitCode,
    long wallMs,
    Long cpuMs,
    String stdout,
    String stderr,
    long outputBytes) {}
