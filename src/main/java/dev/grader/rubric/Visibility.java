package dev.grader.rubric;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** Who sees a check's result, as on Gradescope. */
public enum Visibility {
  VISIBLE,
  HIDDEN,
  AFTER_DUE_DATE;

  @JsonValue
  public String wireName() {
    return name().toLowerCase(Locale.ROOT);
  }
}
