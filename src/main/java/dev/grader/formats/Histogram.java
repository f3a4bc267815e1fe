package dev.grader.formats;

import dev.grader.report.Counts;
import dev.grader.report.Scores;
import java.util.Collection;
import java.util.Locale;

/**
 * Counts scores in ten equal bins below full marks plus one bin for full marks (the bin teachers
 * most want to see apart), and draws them as an inline SVG bar chart.
 */
final class Histogram {
  static final int BINS = 11;
  static final int WIDTH = 264;
  static final int HEIGHT = 132;
  private static final int BAR = 20;
  private static final int GAP = 4;
  private static final int LEFT = 4;
  private static final int TOP = 14;
  private static final int PLOT = 96;

  private final double max;
  private final int[] counts = new int[BINS];

  Histogram(double max, Collection<Double> scores) {
    this.max = max;
    scores.forEach(this::add);
  }

  private void add(double score) {
    int bin;
    if (max <= 0 || score >= max) {
      bin = BINS - 1;
    } else {
      bin = Math.min(BINS - 2, Math.max(0, (int) Math.floor(score / max * (BINS - 1))));
    }
    counts[bin]++;
  }

  int count(int bin) {
    return counts[bin];
  }

  /** The bars, counts and axis labels, to go inside an {@code <svg>} of WIDTH by HEIGHT. */
  Html bars() {
    int highest = 1;
    for (int count : counts) {
      highest = Math.max(highest, count);
    }
    StringBuilder svg = new StringBuilder();
    int baseline = TOP + PLOT;
    for (int bin = 0; bin < BINS; bin++) {
      int x = LEFT + bin * (BAR + GAP);
      int height = counts[bin] == 0 ? 0 : Math.max(2, counts[bin] * PLOT / highest);
      svg.append(
          String.format(
              Locale.ROOT,
              "<rect class=\"bar%s\" x=\"%d\" y=\"%d\" width=\"%d\" height=\"%d\"><title>%s</title></rect>%n",
              bin == BINS - 1 ? " full" : "",
              x,
              baseline - height,
              BAR,
              height,
              Html.escape(describe(bin))));
      if (counts[bin] > 0) {
        svg.append(
            String.format(
                Locale.ROOT,
                "<text class=\"count\" x=\"%d\" y=\"%d\" text-anchor=\"middle\">%d</text>%n",
                x + BAR / 2,
                baseline - height - 3,
                counts[bin]));
      }
    }
    svg.append(
        String.format(
            Locale.ROOT,
            "<line class=\"axis\" x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\"/>%n",
            LEFT,
            baseline,
            LEFT + BINS * (BAR + GAP) - GAP,
            baseline));
    label(svg, 0, "0");
    label(svg, (BINS - 1) / 2, Scores.format(max / 2));
    label(svg, BINS - 1, Scores.format(max));
    return new Html(svg.toString());
  }

  private void label(StringBuilder svg, int bin, String text) {
    svg.append(
        String.format(
            Locale.ROOT,
            "<text x=\"%d\" y=\"%d\" text-anchor=\"middle\">%s</text>%n",
            LEFT + bin * (BAR + GAP) + BAR / 2,
            TOP + PLOT + 14,
            Html.escape(text)));
  }

  private String describe(int bin) {
    String students = Counts.of(counts[bin], "student");
    if (bin == BINS - 1) {
      return students + " with full marks (" + Scores.format(max) + ")";
    }
    double from = max * bin / (BINS - 1);
    double to = max * (bin + 1) / (BINS - 1);
    return students + " with at least " + Scores.format(from) + " and under " + Scores.format(to);
  }
}
