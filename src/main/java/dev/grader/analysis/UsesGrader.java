package dev.grader.analysis;

import dev.grader.rubric.Alternative;
import dev.grader.rubric.CheckSpec;
import dev.grader.rubric.Verdict;
import java.util.Comparator;
import java.util.Optional;
import java.util.stream.Collectors;

/** Grades a {@link CheckSpec.Uses}: the best-scoring alternative found gives its points. */
public final class UsesGrader {
  private UsesGrader() {}

  public static Verdict grade(CheckSpec.Uses check, CodeSearch code) {
    Optional<Found> best =
        check.alternatives().stream()
            .flatMap(a -> code.find(a.pattern()).map(f -> new Found(a, f)).stream())
            .max(Comparator.comparingDouble(found -> found.alternative().points()));
    if (best.isPresent()) {
      Found found = best.get();
      return new Verdict(
          found.alternative().points(),
          found.alternative().feedback() + " (" + found.finding().describe() + ")");
    }
    return new Verdict(0, check.missing() + unsearched(code));
  }

  /** A missing construct may sit in a file the parser could not read; say so. */
  static String unsearched(CodeSearch code) {
    if (code.parseProblems().isEmpty()) {
      return "";
    }
    return code.parseProblems().stream()
        .map(ParseProblem::describe)
        .collect(Collectors.joining("; ", " Code that does not parse was not searched: ", "."));
  }

  private record Found(Alternative alternative, Finding finding) {}
}
