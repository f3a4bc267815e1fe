package dev.grader.formats;

import java.util.Objects;

/**
 * Markup the report itself produced, as opposed to text, which is always escaped. Student text
 * (names, output, feedback quoting answers) only ever enters a page as text.
 */
record Html(String markup) {
  static final Html EMPTY = new Html("");

  Html {
    Objects.requireNonNull(markup, "markup");
  }

  /**
   * Text made safe for element content and double- or single-quoted attribute values. Control
   * characters and broken surrogate pairs (a program's raw output has them) become U+FFFD, so the
   * page always encodes as UTF-8.
   */
  static String escape(String raw) {
    String text = XmlText.clean(raw);
    StringBuilder out = new StringBuilder(text.length() + 16);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&#39;");
        default -> out.append(c);
      }
    }
    return out.toString();
  }

  static Html text(String text) {
    return new Html(escape(text));
  }

  static Html join(Iterable<Html> parts) {
    StringBuilder out = new StringBuilder();
    parts.forEach(p -> out.append(p.markup()));
    return new Html(out.toString());
  }
}
