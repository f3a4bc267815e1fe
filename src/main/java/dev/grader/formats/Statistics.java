package dev.grader.formats;

import java.util.Arrays;
import java.util.Collection;

/** Mean, median, minimum and maximum of a set of scores; all zero when there are none. */
record Statistics(int count, double mean, double median, double min, double max) {
  static Statistics of(Collection<Double> values) {
    double[] sorted = values.stream().mapToDouble(Double::doubleValue).sorted().toArray();
    int n = sorted.length;
    if (n == 0) {
      return new Statistics(0, 0, 0, 0, 0);
    }
    double median = n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    return new Statistics(
        n, Arrays.stream(sorted).average().orElse(0), median, sorted[0], sorted[n - 1]);
  }
}
