package dev.grader.grading;

import java.util.concurrent.Executor;
import java.util.concurrent.ThreadFactory;

/** Threads for the grader's background work: daemons, so that none keeps the JVM alive. */
final class DaemonThreads {
  private DaemonThreads() {}

  static ThreadFactory named(String name) {
    return task -> {
      Thread thread = new Thread(task, name);
      thread.setDaemon(true);
      return thread;
    };
  }

  /** Runs each task on a daemon thread of its own: for the few one-off jobs of a run. */
  static Executor starting(String name) {
    return task -> named(name).newThread(task).start();
  }
}
