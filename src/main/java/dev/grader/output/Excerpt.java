package dev.grader.output;

import java.nio.charset.StandardCharsets;

/** Student output made safe to show in feedback: bounded and free of control characters. */
public final class Excerpt {
  private static final int QUOTE_LIMIT = 80;

  private Excerpt() {}

  /**
   * {@code text} with line endings normalised and control characters other than new line and tab
   * removed, cut to {@code maxChars} with a note of how much was left out.
   */
  public static String of(String text, int maxChars) {
    if (maxChars < 1) {
      throw new IllegalArgumentException("maxChars must be positive: " + maxChars);
    }
    String clean = clean(text);
    if (clean.length() <= maxChars) {
      return clean;
    }
    int cut = maxChars;
    if (Character.isHighSurrogate(clean.charAt(cut - 1))) {
      cut--;
    }
    int more = clean.substring(cut).getBytes(StandardCharsets.UTF_8).length;
    return clean.substring(0, cut) + "… (" + more + " more bytes)";
  }

  /** One line in double quotes, tabs shown as {@code \t}, cut to a readable length. */
  static String quote(String line) {
    return quote(line, QUOTE_LIMIT);
  }

  static String quote(String line, int maxChars) {
    String visible = visible(clean(line).replace("\n", " "));
    if (visible.length() > maxChars) {
      visible = visible.substring(0, maxChars) + "…";
    }
    return "\"" + visible + "\"";
  }

  /** Tabs and line breaks made visible, as a student would write them in Java. */
  static String visible(String text) {
    return text.replace("\t", "\\t").replace("\n", "\\n");
  }

  static String clean(String text) {
    StringBuilder out = new StringBuilder(Math.min(text.length(), 1 << 16));
    String normalised = text.replace("\r\n", "\n");
    for (int i = 0; i < normalised.length(); i++) {
      char c = normalised.charAt(i);
      boolean control = Character.isISOControl(c) && c != '\n' && c != '\t';
      boolean invisibleFormat = Character.getType(c) == Character.FORMAT;
      if (!control && !invisibleFormat) {
        out.append(c);
      }
    }
    return out.toString();
  }
}
