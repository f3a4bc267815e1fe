package dev.grader.extract;

import java.util.Objects;
import java.util.Set;

/**
 * A unit of Java code that can be handed to the compiler: a whole file, the part of a file that
 * answers one question, or a fenced block.
 *
 * @param declared the simple names of its top-level types
 * @param names every identifier it uses (a superset of the types it references)
 * @param mainClass fully qualified name of its class with {@code main}, or null
 * @param question the question it answers, or 0 when it answers none (a helper)
 * @param via how it was tied to {@code question}; null when {@code question} is 0
 * @param where for the student: where the piece was found
 */
record Piece(
    JavaSource source,
    String packageName,
    Set<String> declared,
    Set<String> names,
    String mainClass,
    int question,
    Via via,
    String where) {
  Piece {
    Objects.requireNonNull(source, "source");
    declared = Set.copyOf(declared);
    names = Set.copyOf(names);
    if ((question == 0) != (via == null)) {
      throw new IllegalArgumentException("a piece has a question exactly when it has a via");
    }
  }

  Piece answering(int number, Via how, String description) {
    return new Piece(source, packageName, declared, names, mainClass, number, how, description);
  }

  String path() {
    return source.origin();
  }
}
