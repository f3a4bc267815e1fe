package dev.grader.extract;

/** Student text quoted in feedback: one line, short, without control characters. */
final class Shown {
  private static final int MAX = 60;

  private Shown() {}

  static String of(String text) {
    StringBuilder out = new StringBuilder();
    text.strip()
        .codePoints()
        .limit(MAX)
        .forEach(cp -> out.appendCodePoint(Character.isISOControl(cp) || isBidi(cp) ? ' ' : cp));
    return text.strip().codePointCount(0, text.strip().length()) > MAX
        ? out + "..."
        : out.toString();
  }

  private static boolean isBidi(int cp) {
    return (cp >= 0x202A && cp <= 0x202E) || (cp >= 0x2066 && cp <= 0x2069);
  }
}
