package dev.grader.sandbox;

/**
 * Runs untrusted programs. Implementations never wait without a timeout, drain output on other
 * threads with a cap, and kill the whole process tree on timeout, so that no process outlives
 * {@link #run}. Safe for concurrent use.
 */
public interface Sandbox extends AutoCloseable {

  RunResult run(RunRequest request);

  /** The isolation layers in use, as reported to users ({@code unsandboxed} when none). */
  String isolation();

  @Override
  default void close() {}
}
