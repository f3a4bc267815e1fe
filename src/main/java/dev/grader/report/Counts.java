package dev.grader.report;

/** Counts of things in messages for people: "1 student", "2 students". */
public final class Counts {
  private Counts() {}

  /** {@code count} and {@code noun}, with an "s" unless the count is one. */
  public static String of(long count, String noun) {
    return count + " " + noun + (count == 1 ? "" : "s");
  }
}
