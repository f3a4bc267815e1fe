package dev.grader.rubric;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** Which of a program's output streams a check reads. */
public enum OutputStream {
  STDOUT,
  STDERR;

  @JsonValue
  public String wireName() {
    return name().toLowerCase(Locale.ROOT);
  }
}
