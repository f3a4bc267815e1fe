package dev.grader.cli;

/** {@code --fail-under}: a score below the threshold turns a successful run into exit code 3. */
final class Thresholds {
  private Thresholds() {}

  /**
   * @param threshold the {@code --fail-under} value, or null when not given
   */
  static int exitCode(Double threshold, double score) {
    return threshold != null && score < threshold ? ExitCodes.BELOW_THRESHOLD : ExitCodes.OK;
  }
}
