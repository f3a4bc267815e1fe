package dev.grader.submission;

import java.util.Objects;

/**
 * One text file of a submission, already decoded.
 *
 * @param path path relative to the submission root, with {@code /} separators
 * @param text the file's content (decoded leniently: malformed bytes become U+FFFD)
 */
public record SubmissionFile(String path, String text) {
  public SubmissionFile {
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(text, "text");
  }

  /** The file name without folders, e.g. {@code Q3.java}. */
  public String name() {
    int slash = path.lastIndexOf('/');
    return slash < 0 ? path : path.substring(slash + 1);
  }

  public boolean isJava() {
    return path.endsWith(".java");
  }

  /** Markdown or plain text, where text answers and fenced code live. */
  public boolean isDocument() {
    String lower = path.toLowerCase(java.util.Locale.ROOT);
    return lower.endsWith(".md") || lower.endsWith(".txt") || lower.endsWith(".markdown");
  }
}
