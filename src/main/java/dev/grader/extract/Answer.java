package dev.grader.extract;

import java.util.List;
import java.util.Objects;

/** What a submission holds for one question. */
public sealed interface Answer {

  /** Where the answer was found, in words a student understands. */
  String foundIn();

  /**
   * A code answer: the answer's own source plus the helper sources it references.
   *
   * @param sources the answer's source first, then helpers (other files of the submission that
   *     declare types the answer uses)
   * @param mainClass the fully qualified name of the class whose {@code main} to run, or {@code
   *     null} when no {@code main} method was found
   */
  record Code(List<JavaSource> sources, String mainClass, String foundIn) implements Answer {
    public Code {
      sources = List.copyOf(sources);
      if (sources.isEmpty()) {
        throw new IllegalArgumentException("a code answer needs at least one source");
      }
      Objects.requireNonNull(foundIn, "foundIn");
    }
  }

  /** A free-text answer. */
  record Text(String text, String foundIn) implements Answer {
    public Text {
      Objects.requireNonNull(text, "text");
      Objects.requireNonNull(foundIn, "foundIn");
    }
  }

  /** Nothing that answers the question; {@code foundIn} says what was looked for. */
  record Missing(String foundIn) implements Answer {
    public Missing {
      Objects.requireNonNull(foundIn, "foundIn");
    }
  }
}
