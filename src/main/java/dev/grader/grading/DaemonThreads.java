package dev.grader.grading;

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
}
