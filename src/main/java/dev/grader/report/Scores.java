package dev.grader.report;

/** Score arithmetic shared by all reports: two decimals, so totals add up as printed. */
public final class Scores {
  private Scores() {}

  public static double round(double value) {
    return Math.round(value * 100.0) / 100.0;
  }

  /** Points as people write them, whatever the locale: {@code 7.5}, {@code 10}, {@code 0.25}. */
  public static String format(double value) {
    return java.math.BigDecimal.valueOf(round(value)).stripTrailingZeros().toPlainString();
  }
}
