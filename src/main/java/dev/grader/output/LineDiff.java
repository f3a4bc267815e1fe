package dev.grader.output;

import java.util.List;
import java.util.Locale;

/**
 * Explains to a student where their output first differs from the expected lines, and whether the
 * difference is only white space, only letter case or only the order of lines.
 */
final class LineDiff {
  /** Characters shown of a long line on each side of the first difference. */
  private static final int BEFORE = 30;

  private static final int WIDTH = 70;
  private static final String EXPECTED = "  expected: ";
  private static final String ACTUAL = "  actual:   ";

  private LineDiff() {}

  /** Assumes {@code expected} and {@code actual} differ. */
  static String describe(List<String> expected, List<String> actual) {
    return kindOfDifference(expected, actual) + firstDifference(expected, actual);
  }

  private static String kindOfDifference(List<String> expected, List<String> actual) {
    List<String> foldedExpected =
        Lines.withoutBlankEnds(expected.stream().map(Lines::fold).toList());
    List<String> foldedActual = Lines.withoutBlankEnds(actual.stream().map(Lines::fold).toList());
    if (foldedExpected.equals(foldedActual)) {
      return "Only white space differs. ";
    }
    if (lowerCase(foldedExpected).equals(lowerCase(foldedActual))) {
      return "Only upper/lower case differs. ";
    }
    if (sorted(foldedExpected).equals(sorted(foldedActual))) {
      return "The lines are right but in a different order. ";
    }
    return "";
  }

  private static List<String> lowerCase(List<String> lines) {
    return lines.stream().map(l -> l.toLowerCase(Locale.ROOT)).toList();
  }

  private static List<String> sorted(List<String> lines) {
    return lines.stream().sorted().toList();
  }

  private static String firstDifference(List<String> expected, List<String> actual) {
    int line = 0;
    while (line < expected.size()
        && line < actual.size()
        && expected.get(line).equals(actual.get(line))) {
      line++;
    }
    if (line == actual.size()) {
      int missing = expected.size() - line;
      return "The output ends after line "
          + line
          + "; "
          + (missing == 1 ? "1 more line was" : missing + " more lines were")
          + " expected, starting with: "
          + Excerpt.quote(expected.get(line))
          + ".";
    }
    if (line == expected.size()) {
      int extra = actual.size() - line;
      return "Unexpected extra output from line "
          + (line + 1)
          + " ("
          + (extra == 1 ? "1 line" : extra + " lines")
          + "): "
          + Excerpt.quote(actual.get(line))
          + ".";
    }
    return "Line " + (line + 1) + " differs:\n" + sideBySide(expected.get(line), actual.get(line));
  }

  /** Both lines, cut to the same window around the first differing character, and a caret. */
  private static String sideBySide(String expected, String actual) {
    int column = 0;
    while (column < expected.length()
        && column < actual.length()
        && expected.charAt(column) == actual.charAt(column)) {
      column++;
    }
    int from = Math.max(0, column - BEFORE);
    String lead = from > 0 ? "…" : "";
    String expectedWindow = lead + window(expected, from);
    String actualWindow = lead + window(actual, from);
    int caret =
        EXPECTED.length()
            + 1
            + lead.length()
            + Excerpt.visible(Excerpt.clean(expected.substring(from, column))).length();
    return EXPECTED
        + "\""
        + expectedWindow
        + "\"\n"
        + ACTUAL
        + "\""
        + actualWindow
        + "\"\n"
        + " ".repeat(caret)
        + "^ column "
        + (column + 1);
  }

  private static String window(String line, int from) {
    String visible = Excerpt.visible(Excerpt.clean(line.substring(Math.min(from, line.length()))));
    return visible.length() > WIDTH ? visible.substring(0, WIDTH) + "…" : visible;
  }
}
