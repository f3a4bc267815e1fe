package dev.grader.rubric;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** Whether a question is answered with a program or with prose. */
public enum AnswerKind {
  CODE,
  TEXT;

  @JsonValue
  public String wireName() {
    return name().toLowerCase(Locale.ROOT);
  }
}
