package dev.grader.extract;

import dev.grader.submission.SubmissionFile;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A Markdown or plain-text file cut into question sections. Headings may take any common shape:
 * {@code ## Q1}, {@code # Question 1}, {@code Q1.}, {@code Q1)}, {@code Q1:}, {@code Question 1:},
 * {@code Q.No-01}, {@code **Q1**}, or a bare {@code 1.} / {@code 1)} when the document numbers its
 * sections 1, 2, 3... in order. Lines inside fenced code blocks are never headings.
 */
final class Document {
  /** A fenced code block; {@code firstLine} is the 1-based line of its first code line. */
  record Fence(int firstLine, String info, String content) {
    private static final Pattern LOOKS_LIKE_JAVA =
        Pattern.compile(
            "\\b(?:class|interface|enum|record)\\s+[A-Za-z_$]|\\bimport\\s+[\\w.]+(?:\\.\\*)?\\s*;"
                + "|\\bstatic\\s+void\\s+main\\b|System\\.out\\.print");

    boolean isJava() {
      return info.equalsIgnoreCase("java")
          || (info.isEmpty() && LOOKS_LIKE_JAVA.matcher(content).find());
    }
  }

  /**
   * The part of the document under one question heading.
   *
   * @param label the heading as written ({@code Q2}, {@code Question 2}, {@code 2.})
   * @param line the 1-based line of the heading
   * @param text the answer text: what follows the heading up to the next one, trimmed
   */
  record Section(int question, String label, int line, String text, List<Fence> fences) {}

  /** How much of a heading line is title rather than answer. */
  private enum Style {
    /** {@code ## Q1 What is...}: the whole line is a title. */
    TITLE,
    /** {@code **Q1. What is...**}: the bold span is a title, the rest of the line an answer. */
    BOLD,
    /** {@code Q1: threads share...}: only the label is a title. */
    LABEL
  }

  private record Heading(int index, int question, String label, Style style, String rest) {}

  private static final String NUMBER = "([1-9][0-9]?)";
  private static final Pattern TITLE =
      Pattern.compile(
          "^ {0,3}#{1,6}[ \\t]*(?:\\*\\*|__)?[ \\t]*("
              + QuestionNames.LABEL
              + ")(?=[\\s.):\\-–*_]|$)");
  private static final Pattern BOLD =
      Pattern.compile(
          "^ {0,3}(?:\\*\\*|__)[ \\t]*(" + QuestionNames.LABEL + ")(?=[\\s.):\\-–*_]|$)");
  private static final Pattern LABEL =
      Pattern.compile("^ {0,3}(" + QuestionNames.LABEL + ")[ \\t]*(?:[.):\\-–]+(?=\\s|$)|$)");
  private static final Pattern NUMBERED_TITLE =
      Pattern.compile(
          "^ {0,3}#{1,6}[ \\t]*(?:\\*\\*|__)?[ \\t]*(" + NUMBER + "[.):]?)(?=[\\s*_]|$)");
  private static final Pattern NUMBERED_BOLD =
      Pattern.compile("^(?:\\*\\*|__)[ \\t]*(" + NUMBER + "[.):])(?=[\\s*_]|$)");
  private static final Pattern NUMBERED_LABEL = Pattern.compile("^(" + NUMBER + "[.)])(?=\\s|$)");
  private static final Pattern FENCE = Pattern.compile("^ {0,3}(`{3,}|~{3,})[ \\t]*([^`\\s]*)");
  private static final Pattern UNDERLINE = Pattern.compile("^ {0,3}(?:=+|-{2,})[ \\t]*$");
  private static final Pattern RULE =
      Pattern.compile("^ {0,3}(?:-{3,}|\\*{3,}|_{3,}|={3,})[ \\t]*$");

  final String path;
  final List<Fence> fences;
  final List<Section> sections;
  private final String[] lines;
  private final List<Heading> headings;

  private Document(
      String path,
      String[] lines,
      List<Heading> headings,
      List<Fence> fences,
      List<Section> sections) {
    this.path = path;
    this.lines = lines;
    this.headings = List.copyOf(headings);
    this.fences = List.copyOf(fences);
    this.sections = List.copyOf(sections);
  }

  static Document parse(SubmissionFile file) {
    String[] lines = file.text().split("\\r\\n|\\r|\\n", -1);
    boolean[] fenced = new boolean[lines.length];
    List<Fence> fences = findFences(lines, fenced);
    List<Heading> headings = labelledHeadings(lines, fenced);
    if (headings.isEmpty()) {
      headings = numberedHeadings(lines, fenced);
    }
    List<Section> sections = new ArrayList<>();
    for (int h = 0; h < headings.size(); h++) {
      Heading heading = headings.get(h);
      int end = h + 1 < headings.size() ? headings.get(h + 1).index() : lines.length;
      List<Fence> inside = new ArrayList<>();
      for (Fence fence : fences) {
        if (fence.firstLine() - 1 > heading.index() && fence.firstLine() - 1 < end) {
          inside.add(fence);
        }
      }
      sections.add(
          new Section(
              heading.question(),
              heading.label(),
              heading.index() + 1,
              body(lines, heading, end),
              inside));
    }
    return new Document(file.path(), lines, headings, fences, sections);
  }

  /**
   * The whole document as the answer to {@code question}, minus a leading heading for it (a file
   * named {@code Q2.md} that starts with {@code # Question 2}).
   */
  String wholeAnswer(int question) {
    if (!headings.isEmpty() && headings.get(0).question() == question) {
      Heading first = headings.get(0);
      boolean leading = true;
      for (int i = 0; i < first.index(); i++) {
        leading &= lines[i].isBlank();
      }
      if (leading) {
        return body(lines, first, lines.length);
      }
    }
    return trim(String.join("\n", lines));
  }

  private static List<Fence> findFences(String[] lines, boolean[] fenced) {
    List<Fence> fences = new ArrayList<>();
    int i = 0;
    while (i < lines.length) {
      Matcher open = FENCE.matcher(lines[i]);
      if (!open.find()) {
        i++;
        continue;
      }
      String marker = open.group(1);
      Pattern close =
          Pattern.compile(
              "^ {0,3}"
                  + Pattern.quote(marker.substring(0, 1))
                  + "{"
                  + marker.length()
                  + ",}[ \\t]*$");
      int start = i;
      fenced[i] = true;
      i++;
      StringBuilder content = new StringBuilder();
      while (i < lines.length && !close.matcher(lines[i]).matches()) {
        fenced[i] = true;
        content.append(lines[i]).append('\n');
        i++;
      }
      if (i < lines.length) {
        fenced[i] = true;
        i++;
      }
      fences.add(new Fence(start + 2, open.group(2), content.toString()));
    }
    return fences;
  }

  private static List<Heading> labelledHeadings(String[] lines, boolean[] fenced) {
    List<Heading> headings = new ArrayList<>();
    for (int i = 0; i < lines.length; i++) {
      if (fenced[i]) {
        continue;
      }
      String line = lines[i];
      Heading heading = match(TITLE, Style.TITLE, line, i);
      if (heading == null) {
        heading = match(BOLD, Style.BOLD, line, i);
      }
      if (heading == null) {
        heading = match(LABEL, Style.LABEL, line, i);
      }
      if (heading != null) {
        headings.add(heading);
      }
    }
    return headings;
  }

  /**
   * Bare numbers count as headings only when they run 1, 2, 3... without a gap or repeat, so a
   * numbered list inside an answer, or notes with scattered numbers, are not mistaken for sections.
   */
  private static List<Heading> numberedHeadings(String[] lines, boolean[] fenced) {
    List<Heading> headings = new ArrayList<>();
    for (int i = 0; i < lines.length; i++) {
      if (fenced[i]) {
        continue;
      }
      Heading heading = match(NUMBERED_TITLE, Style.TITLE, lines[i], i);
      if (heading == null) {
        heading = match(NUMBERED_BOLD, Style.BOLD, lines[i], i);
      }
      if (heading == null) {
        heading = match(NUMBERED_LABEL, Style.LABEL, lines[i], i);
      }
      if (heading != null) {
        if (heading.question() != headings.size() + 1) {
          return List.of();
        }
        headings.add(heading);
      }
    }
    return headings.size() < 2 ? List.of() : headings;
  }

  private static Heading match(Pattern pattern, Style style, String line, int index) {
    Matcher m = pattern.matcher(line);
    if (!m.find()) {
      return null;
    }
    int question = Integer.parseInt(m.group(2));
    String rest =
        switch (style) {
          case TITLE -> "";
          case BOLD -> afterBold(line, m.end(1));
          case LABEL -> line.substring(m.end());
        };
    return new Heading(index, question, m.group(1).strip(), style, rest.strip());
  }

  private static String afterBold(String line, int labelEnd) {
    int close = line.indexOf("**", labelEnd);
    if (close < 0) {
      close = line.indexOf("__", labelEnd);
    }
    String rest = close < 0 ? line.substring(labelEnd) : line.substring(close + 2);
    return rest.replaceFirst("^[\\s.):\\-–]+", "");
  }

  private static String body(String[] lines, Heading heading, int end) {
    List<String> body = new ArrayList<>();
    if (!heading.rest().isEmpty()) {
      body.add(heading.rest());
    }
    int from = heading.index() + 1;
    if (from < end && UNDERLINE.matcher(lines[from]).matches()) {
      from++;
    }
    for (int i = from; i < end; i++) {
      body.add(lines[i]);
    }
    return trim(String.join("\n", body));
  }

  /** Strips blank lines and horizontal rules from both ends. */
  private static String trim(String text) {
    List<String> lines = new ArrayList<>(List.of(text.split("\n", -1)));
    while (!lines.isEmpty() && isFiller(lines.get(0))) {
      lines.remove(0);
    }
    while (!lines.isEmpty() && isFiller(lines.get(lines.size() - 1))) {
      lines.remove(lines.size() - 1);
    }
    return String.join("\n", lines).strip();
  }

  private static boolean isFiller(String line) {
    return line.isBlank() || RULE.matcher(line).matches();
  }
}
