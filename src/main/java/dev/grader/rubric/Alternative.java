package dev.grader.rubric;

import java.util.List;
import java.util.Objects;

/**
 * One accepted way of answering a {@code uses} check, worth {@code points} (full or partial).
 *
 * @param calls methods whose use selects this alternative (see {@link CodePattern})
 * @param types types whose use selects this alternative
 * @param feedback said to the student when this alternative is the best one found
 */
public record Alternative(List<String> calls, List<String> types, double points, String feedback) {
  public Alternative {
    CodePattern checked = new CodePattern(calls, types);
    calls = checked.calls();
    types = checked.types();
    Objects.requireNonNull(feedback, "an alternative needs 'feedback'");
    if (points < 0) {
      throw new IllegalArgumentException("points must not be negative: " + points);
    }
  }

  public CodePattern pattern() {
    return new CodePattern(calls, types);
  }
}
