package dev.grader.sandbox;

/** How a sandboxed run ended. */
public enum Termination {
  /** The program exited by itself (any exit code). */
  EXITED,
  /** Killed after its wall-clock or CPU time ran out. */
  TIMEOUT,
  /** Killed after writing more output than allowed. */
  OUTPUT_LIMIT,
  /**
   * Killed by the memory limit of its tree, or failed because a JVM of it reached its own memory
   * limit ({@code OutOfMemoryError} from {@code -Xmx} or {@code -XX:MaxDirectMemorySize}).
   */
  MEMORY_LIMIT,
  /** The program could not be started at all (a grader fault, reported as such). */
  FAILED_TO_START
}
