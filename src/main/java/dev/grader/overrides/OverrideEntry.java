package dev.grader.overrides;

import java.util.Locale;

/**
 * One line of {@code overrides.yaml}: a student's question gets {@code points} (set) or {@code
 * delta} (added), for a {@code reason} that every report shows.
 *
 * @param source where the entry is written, {@code file:line}, for the audit trail
 */
public record OverrideEntry(
    String student, String question, Double points, Double delta, String reason, String source) {
  public OverrideEntry {
    student = required(student, "student");
    question = required(question, "question").toLowerCase(Locale.ROOT);
    reason = required(reason, "reason");
    if ((points == null) == (delta == null)) {
      throw new IllegalArgumentException("give exactly one of 'points' (set) or 'delta' (add)");
    }
    if (points != null && points < 0) {
      throw new IllegalArgumentException("'points' must not be negative: " + points);
    }
  }

  private static String required(String value, String field) {
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException("missing '" + field + "'");
    }
    return value.strip();
  }

  OverrideEntry at(String where) {
    return new OverrideEntry(student, question, points, delta, reason, where);
  }

  /** The new score of a question that had {@code score} out of {@code max}. */
  double applyTo(double score, double max) {
    double changed = points != null ? points : score + delta;
    return Math.max(0, Math.min(max, changed));
  }
}
