package dev.grader.sandbox;

/** How a sandboxed run ended. */
public enum Termination {
  /** The program exited by itself (any exit code). */
  EXITED,
  /** Killed after its wall-clock or CPU time ran out. */
  TIMEOUT,
  /** Killed after writing more output than allowed. */
  OUTPUT_LIMIT,
  /** Killed by the memory limit of its tree. */
  MEMORY_LIMIT,
  /** The program could not be started at all (a grader fault, reported as such). */
  FAILED_TO_START
}
