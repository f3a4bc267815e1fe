package dev.grader.rubric;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One graded check of a rubric: a name, the points it holds, who sees it, and how it is judged. The
 * YAML {@code type} field picks the variant.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
@JsonSubTypes({
  @JsonSubTypes.Type(value = CheckSpec.Compiles.class, name = "compiles"),
  @JsonSubTypes.Type(value = CheckSpec.Uses.class, name = "uses"),
  @JsonSubTypes.Type(value = CheckSpec.Avoids.class, name = "avoids"),
  @JsonSubTypes.Type(value = CheckSpec.Runs.class, name = "runs"),
  @JsonSubTypes.Type(value = CheckSpec.Output.class, name = "output"),
  @JsonSubTypes.Type(value = CheckSpec.JUnit.class, name = "junit"),
  @JsonSubTypes.Type(value = CheckSpec.Concept.class, name = "concept")
})
public sealed interface CheckSpec {

  String name();

  /** The most this check can give. */
  double points();

  Visibility visibility();

  /** Whether the check needs the answer compiled and run (so it scores 0 when that fails). */
  default boolean needsRun() {
    return false;
  }

  private static String required(String value, String field) {
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException("missing '" + field + "'");
    }
    return value;
  }

  private static Visibility visibleByDefault(Visibility visibility) {
    return visibility == null ? Visibility.VISIBLE : visibility;
  }

  private static void nonNegative(double points) {
    if (points < 0) {
      throw new IllegalArgumentException("points must not be negative: " + points);
    }
  }

  /** Full points when the answer compiles. */
  record Compiles(String name, double points, Visibility visibility) implements CheckSpec {
    public Compiles {
      name = name == null ? "Compiles" : name;
      visibility = visibleByDefault(visibility);
      nonNegative(points);
    }
  }

  /**
   * Credit for using a construct: the best matching alternative gives its points and feedback; none
   * found gives 0 and {@code missing}.
   */
  record Uses(
      String name,
      double points,
      Visibility visibility,
      List<Alternative> alternatives,
      String missing)
      implements CheckSpec {
    public Uses {
      required(name, "name");
      visibility = visibleByDefault(visibility);
      nonNegative(points);
      alternatives = List.copyOf(Objects.requireNonNull(alternatives, "missing 'alternatives'"));
      if (alternatives.isEmpty()) {
        throw new IllegalArgumentException("'alternatives' must not be empty");
      }
      for (Alternative alternative : alternatives) {
        if (alternative.points() > points) {
          throw new IllegalArgumentException(
              "an alternative gives "
                  + alternative.points()
                  + " points, more than the check's "
                  + points);
        }
      }
      required(missing, "missing");
    }
  }

  /** Full points unless a forbidden construct is used; then 0 and {@code feedback}. */
  record Avoids(
      String name, double points, Visibility visibility, CodePattern forbidden, String feedback)
      implements CheckSpec {
    public Avoids {
      required(name, "name");
      visibility = visibleByDefault(visibility);
      nonNegative(points);
      Objects.requireNonNull(forbidden, "missing 'forbidden'");
      required(feedback, "feedback");
    }
  }

  /** Full points when the program exits with {@code exit_code} within its time and limits. */
  record Runs(String name, double points, Visibility visibility, Integer exitCode)
      implements CheckSpec {
    public Runs {
      name = name == null ? "Runs to completion" : name;
      visibility = visibleByDefault(visibility);
      nonNegative(points);
      exitCode = exitCode == null ? 0 : exitCode;
    }

    @Override
    public boolean needsRun() {
      return true;
    }
  }

  /**
   * Compares the program's output. {@code expected} is the text or regex; {@code tokens} lists what
   * must appear exactly once for {@link MatchMode#TOKENS_ONCE}.
   */
  record Output(
      String name,
      double points,
      Visibility visibility,
      MatchMode match,
      String expected,
      List<String> tokens,
      OutputStream stream,
      String feedback)
      implements CheckSpec {
    public Output {
      required(name, "name");
      visibility = visibleByDefault(visibility);
      nonNegative(points);
      Objects.requireNonNull(match, "missing 'match'");
      tokens = tokens == null ? List.of() : List.copyOf(tokens);
      stream = stream == null ? OutputStream.STDOUT : stream;
      if (match == MatchMode.TOKENS_ONCE) {
        if (tokens.isEmpty()) {
          throw new IllegalArgumentException("match 'tokens_once' needs a 'tokens' list");
        }
      } else {
        Objects.requireNonNull(expected, "match '" + match.wireName() + "' needs 'expected'");
      }
      if (match == MatchMode.REGEX) {
        java.util.regex.Pattern.compile(expected);
      }
    }

    @Override
    public boolean needsRun() {
      return true;
    }
  }

  /**
   * Instructor JUnit 5 tests run against the student's classes. {@code test_class} names a test
   * source under the rubric folder's {@code tests/}; {@code tests} maps each test method to its
   * points (their sum is the check's points). The student's main class is passed to the tests as
   * the system property {@code grader.mainClass}.
   */
  record JUnit(
      String name,
      Visibility visibility,
      String testClass,
      Map<String, Double> tests,
      String feedback)
      implements CheckSpec {
    public JUnit {
      required(name, "name");
      visibility = visibleByDefault(visibility);
      required(testClass, "test_class");
      tests = Map.copyOf(Objects.requireNonNull(tests, "missing 'tests'"));
      if (tests.isEmpty()) {
        throw new IllegalArgumentException("'tests' must name at least one test method");
      }
      tests.values().forEach(CheckSpec::nonNegative);
    }

    @Override
    public double points() {
      return tests.values().stream().mapToDouble(Double::doubleValue).sum();
    }

    @Override
    public boolean needsRun() {
      return true;
    }
  }

  /**
   * A concept a text answer should mention: found when any phrase appears, ignoring case and
   * inflection ("processes" matches "process"). {@code hint} tells a student who missed it what to
   * think about, without giving the answer away.
   */
  record Concept(
      String name, double points, Visibility visibility, List<String> phrases, String hint)
      implements CheckSpec {
    public Concept {
      required(name, "name");
      visibility = visibleByDefault(visibility);
      nonNegative(points);
      phrases = List.copyOf(Objects.requireNonNull(phrases, "missing 'phrases'"));
      if (phrases.isEmpty()) {
        throw new IllegalArgumentException("'phrases' must not be empty");
      }
      required(hint, "hint");
    }
  }
}
