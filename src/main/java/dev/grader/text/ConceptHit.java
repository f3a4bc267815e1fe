package dev.grader.text;

import java.util.Objects;

/**
 * A concept phrase found in a text answer.
 *
 * @param phrase the rubric phrase that matched
 * @param quote the student's own words that matched it, white space folded
 */
public record ConceptHit(String phrase, String quote) {
  public ConceptHit {
    Objects.requireNonNull(phrase, "phrase");
    Objects.requireNonNull(quote, "quote");
  }
}
