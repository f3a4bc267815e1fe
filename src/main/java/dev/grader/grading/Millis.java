package dev.grader.grading;

/** Stage timings in whole milliseconds. */
final class Millis {
  private Millis() {}

  static long since(long startNanos) {
    return (System.nanoTime() - startNanos) / 1_000_000;
  }
}
