package dev.grader.rubric;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** How an output check compares a program's output with what is expected. */
public enum MatchMode {
  /** Byte for byte, after normalising line endings. */
  EXACT,
  /** Equal once runs of white space are folded and lines trimmed. */
  NORMALIZED,
  /** The expected text appears somewhere (white space folded). */
  CONTAINS,
  /** The regular expression finds a match (multiline mode). */
  REGEX,
  /** The same non-blank lines, trimmed, in any order. */
  UNORDERED_LINES,
  /** Each listed token appears exactly once, anywhere (concurrent output interleaves). */
  TOKENS_ONCE;

  @JsonValue
  public String wireName() {
    return name().toLowerCase(Locale.ROOT);
  }
}
