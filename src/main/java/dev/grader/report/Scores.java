package dev.grader.report;

/** Score arithmetic shared by all reports: two decimals, so totals add up as printed. */
public final class Scores {
  private Scores() {}

  public static double round(double value) {
    return Math.round(value * 100.0) / 100.0;
  }
}
