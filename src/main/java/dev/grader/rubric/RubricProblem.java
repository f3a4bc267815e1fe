package dev.grader.rubric;

import java.util.List;

/**
 * A rubric value that is wrong for a reason only the enclosing object can see, such as a check that
 * does not fit the question's kind. The path (field names and list indices, from the object that
 * throws) lets the loader point at the offending line.
 */
public final class RubricProblem extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  private final transient List<Object> path;

  public RubricProblem(List<Object> path, String message) {
    super(message);
    this.path = List.copyOf(path);
  }

  public List<Object> path() {
    return path;
  }
}
