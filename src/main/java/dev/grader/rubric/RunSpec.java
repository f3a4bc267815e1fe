package dev.grader.rubric;

import java.time.Duration;
import java.util.List;

/**
 * How a code answer is run.
 *
 * @param timeout wall-clock limit of one run (YAML: {@code 10s}, {@code 500ms}, {@code PT2S})
 * @param stdin what the program reads; empty means end of input at once
 * @param args command-line arguments
 * @param outputLimit cap on stdout plus stderr, in bytes
 * @param memoryMb heap and tree memory budget in MiB
 */
public record RunSpec(
    Duration timeout, String stdin, List<String> args, long outputLimit, int memoryMb) {
  public static final RunSpec DEFAULT =
      new RunSpec(Duration.ofSeconds(10), "", List.of(), 1 << 20, 256);

  public RunSpec {
    timeout = timeout == null ? Duration.ofSeconds(10) : timeout;
    stdin = stdin == null ? "" : stdin;
    args = args == null ? List.of() : List.copyOf(args);
    outputLimit = outputLimit <= 0 ? 1 << 20 : outputLimit;
    memoryMb = memoryMb <= 0 ? 256 : memoryMb;
    if (timeout.isNegative() || timeout.isZero()) {
      throw new IllegalArgumentException("timeout must be positive: " + timeout);
    }
  }

  public RunSpec withTimeout(Duration newTimeout) {
    return new RunSpec(newTimeout, stdin, args, outputLimit, memoryMb);
  }
}
