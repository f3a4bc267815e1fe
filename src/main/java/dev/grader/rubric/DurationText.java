package dev.grader.rubric;

import java.time.Duration;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads durations as people write them in YAML: {@code 10s}, {@code 500ms}, {@code 2m}, ISO. */
final class DurationText {
  private static final Pattern SIMPLE = Pattern.compile("(\\d+(?:\\.\\d+)?)\\s*(ms|s|m)");

  private DurationText() {}

  static Duration parse(String text) {
    String trimmed = text.trim().toLowerCase(Locale.ROOT);
    Matcher m = SIMPLE.matcher(trimmed);
    if (m.matches()) {
      double value = Double.parseDouble(m.group(1));
      double millis =
          switch (m.group(2)) {
            case "ms" -> value;
            case "s" -> value * 1000;
            default -> value * 60_000;
          };
      return Duration.ofMillis(Math.round(millis));
    }
    if (trimmed.startsWith("pt")) {
      return Duration.parse(trimmed.toUpperCase(Locale.ROOT));
    }
    throw new IllegalArgumentException(
        "cannot read duration '" + text + "': write it like 10s, 500ms or 2m");
  }
}
