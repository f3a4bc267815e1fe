package dev.grader.text;

import dev.grader.rubric.CheckSpec;
import dev.grader.rubric.Verdict;
import java.util.Objects;
import java.util.Optional;

/** Grades a {@link CheckSpec.Concept}: full points when the answer mentions the concept. */
public final class ConceptGrader {
  private final ConceptMatcher matcher;

  public ConceptGrader(ConceptMatcher matcher) {
    this.matcher = Objects.requireNonNull(matcher, "matcher");
  }

  public Verdict grade(CheckSpec.Concept check, String answer) {
    if (answer.isBlank()) {
      return new Verdict(0, "Missing: " + check.name() + " (the answer is empty). " + check.hint());
    }
    Optional<ConceptHit> hit = matcher.find(check.phrases(), answer);
    if (hit.isPresent()) {
      return new Verdict(
          check.points(), "Mentions " + check.name() + " (\"" + hit.get().quote() + "\")");
    }
    return new Verdict(0, "Missing: " + check.name() + ". " + check.hint());
  }
}
