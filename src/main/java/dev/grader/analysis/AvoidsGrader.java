package dev.grader.analysis;

import dev.grader.rubric.CheckSpec;
import dev.grader.rubric.Verdict;
import java.util.Optional;

/** Grades a {@link CheckSpec.Avoids}: full points unless the forbidden construct is found. */
public final class AvoidsGrader {
  private AvoidsGrader() {}

  public static Verdict grade(CheckSpec.Avoids check, CodeSearch code) {
    Optional<Finding> found = code.find(check.forbidden());
    if (found.isPresent()) {
      return new Verdict(0, check.feedback() + " (found " + found.get().describe() + ")");
    }
    return new Verdict(check.points(), "Not used, as required.");
  }
}
