package dev.grader.sandbox;

import dev.grader.schedule.Estimate;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One run of an untrusted program.
 *
 * @param command the program and its arguments ({@code java -cp ... Main})
 * @param workDir a fresh folder the program may write to; its current directory
 * @param readOnly folders the program may read (its classes, the JDK); everything else of the
 *     grader's machine that is not system software stays hidden where the sandbox layer allows
 * @param env extra environment variables on top of a cleaned minimal environment
 * @param stdin the bytes fed to standard input, then closed (empty: end of input at once)
 * @param timeout wall-clock limit, after which the whole process tree is killed
 * @param outputLimitBytes cap on stdout plus stderr; reaching it kills the tree
 * @param memoryMb memory budget of the whole tree, where the platform can enforce one
 * @param maxProcesses cap on processes and threads of the tree, where enforceable
 * @param expected how long the run is likely to take: runs waiting for a slot start longest first
 *     ({@link dev.grader.schedule.LongestFirst}), so that a long one does not start last and hold
 *     up the end of the class; asked again while the run waits, and told when the run starts
 */
public record RunRequest(
    List<String> command,
    Path workDir,
    List<Path> readOnly,
    Map<String, String> env,
    byte[] stdin,
    Duration timeout,
    long outputLimitBytes,
    int memoryMb,
    int maxProcesses,
    Estimate expected) {

  public RunRequest {
    command = List.copyOf(command);
    if (command.isEmpty()) {
      throw new IllegalArgumentException("command must not be empty");
    }
    Objects.requireNonNull(workDir, "workDir");
    readOnly = List.copyOf(readOnly);
    env = Map.copyOf(env);
    stdin = stdin == null ? new byte[0] : stdin.clone();
    Objects.requireNonNull(timeout, "timeout");
    if (timeout.isNegative() || timeout.isZero()) {
      throw new IllegalArgumentException("timeout must be positive: " + timeout);
    }
    if (outputLimitBytes <= 0 || memoryMb <= 0 || maxProcesses <= 0) {
      throw new IllegalArgumentException("limits must be positive");
    }
    Objects.requireNonNull(expected, "expected");
  }

  @Override
  public byte[] stdin() {
    return stdin.clone();
  }
}
