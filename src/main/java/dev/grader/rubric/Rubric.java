package dev.grader.rubric;

import dev.grader.extract.QuestionRef;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The rubric of one question, read from {@code rubrics/<id>.yaml}.
 *
 * @param id {@code q1}..{@code qN}
 * @param title a short title shown in reports
 * @param kind code or text
 * @param run how code answers are run (code questions only)
 * @param checks the graded checks, in report order
 */
public record Rubric(
    String id, String title, AnswerKind kind, RunSpec run, List<CheckSpec> checks) {
  private static final Pattern ID = Pattern.compile("q([1-9][0-9]*)");

  public Rubric {
    Objects.requireNonNull(id, "missing 'id'");
    if (!ID.matcher(id).matches()) {
      throw new IllegalArgumentException("id must look like q1, q2, ...: '" + id + "'");
    }
    Objects.requireNonNull(title, "missing 'title'");
    Objects.requireNonNull(kind, "missing 'kind' (code or text)");
    run = run == null ? RunSpec.DEFAULT : run;
    checks = List.copyOf(Objects.requireNonNull(checks, "missing 'checks'"));
    if (checks.isEmpty()) {
      throw new IllegalArgumentException("'checks' must not be empty");
    }
    for (int i = 0; i < checks.size(); i++) {
      CheckSpec check = checks.get(i);
      boolean textCheck = check instanceof CheckSpec.Concept;
      if (textCheck != (kind == AnswerKind.TEXT)) {
        throw new RubricProblem(
            List.of("checks", i),
            "check '" + check.name() + "' does not fit a " + kind.wireName() + " question");
      }
    }
  }

  /** The checks that run instructor JUnit tests, in rubric order. */
  public List<CheckSpec.JUnit> junitChecks() {
    return checks.stream()
        .filter(check -> check instanceof CheckSpec.JUnit)
        .map(check -> (CheckSpec.JUnit) check)
        .toList();
  }

  public int number() {
    return Integer.parseInt(id.substring(1));
  }

  public double maxScore() {
    return checks.stream().mapToDouble(CheckSpec::points).sum();
  }

  public QuestionRef ref() {
    return new QuestionRef(id, number(), kind == AnswerKind.CODE);
  }
}
