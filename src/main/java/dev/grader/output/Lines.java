package dev.grader.output;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** The ways output checks cut output into lines and forgive white space. */
final class Lines {
  private static final Pattern BLANKS = Pattern.compile("[ \\t\\x0B\\f\\r]+");

  private Lines() {}

  /** Line endings normalised; a single trailing new line does not make an extra line. */
  static String normaliseEndings(String text) {
    String normalised = text.replace("\r\n", "\n");
    return normalised.endsWith("\n")
        ? normalised.substring(0, normalised.length() - 1)
        : normalised;
  }

  static List<String> split(String text) {
    return List.of(text.split("\n", -1));
  }

  /** Runs of spaces and tabs folded to one space, ends trimmed. */
  static String fold(String line) {
    return BLANKS.matcher(line).replaceAll(" ").strip();
  }

  /** Every line folded, blank lines at the start and the end dropped. */
  static List<String> normalised(String text) {
    return withoutBlankEnds(split(text.replace("\r\n", "\n")).stream().map(Lines::fold).toList());
  }

  static List<String> withoutBlankEnds(List<String> folded) {
    List<String> lines = new ArrayList<>(folded);
    while (!lines.isEmpty() && lines.get(0).isEmpty()) {
      lines.remove(0);
    }
    while (!lines.isEmpty() && lines.get(lines.size() - 1).isEmpty()) {
      lines.remove(lines.size() - 1);
    }
    return lines;
  }

  /** All white space, new lines included, folded to single spaces. */
  static String foldAll(String text) {
    return text.replaceAll("\\s+", " ").strip();
  }
}
