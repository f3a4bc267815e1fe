package dev.grader.terminal;

import java.nio.charset.Charset;

/**
 * How text is decorated: ANSI colours on a terminal, none when piped or asked not to; check marks
 * where the output's character set can show them.
 */
public record Style(boolean colour, boolean unicode) {
  public static final Style PLAIN = new Style(false, true);

  private static final String RESET = "\u001b[0m";

  /**
   * Colours only on an interactive terminal, when {@code NO_COLOR} is not set (no-color.org) and
   * {@code --no-color} was not given.
   */
  public static Style detect(boolean noColourFlag) {
    boolean terminal = System.console() != null;
    boolean colour = terminal && !noColourFlag && System.getenv("NO_COLOR") == null;
    return new Style(colour, Charset.defaultCharset().newEncoder().canEncode("✓✗"));
  }

  String passMark() {
    return green(unicode ? "✓" : "+");
  }

  String failMark() {
    return red(unicode ? "✗" : "x");
  }

  String bold(String text) {
    return paint("1", text);
  }

  String dim(String text) {
    return paint("2", text);
  }

  String green(String text) {
    return paint("32", text);
  }

  String red(String text) {
    return paint("31", text);
  }

  String yellow(String text) {
    return paint("33", text);
  }

  /** Green for full marks, red for none, yellow between. */
  String score(String text, double score, double max) {
    if (score >= max) {
      return green(text);
    }
    return score <= 0 ? red(text) : yellow(text);
  }

  private String paint(String code, String text) {
    return colour ? "\u001b[" + code + "m" + text + RESET : text;
  }
}
