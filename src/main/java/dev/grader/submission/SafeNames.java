package dev.grader.submission;

import java.util.Locale;
import java.util.Optional;

/** Rules for the names of entries inside a hand-in. */
final class SafeNames {
  private static final int MAX_SHOWN = 120;

  private SafeNames() {}

  /**
   * A name fit to print in a warning: control and bidirectional-override characters become {@code
   * ?}, and very long names are shortened, so a crafted name cannot forge report lines.
   */
  static String shown(String name) {
    StringBuilder out = new StringBuilder(Math.min(name.length(), MAX_SHOWN + 3));
    name.codePoints().limit(MAX_SHOWN).forEach(cp -> out.appendCodePoint(isUnsafe(cp) ? '?' : cp));
    if (name.codePointCount(0, name.length()) > MAX_SHOWN) {
      out.append("...");
    }
    return out.toString();
  }

  static boolean hasUnsafeCharacters(String name) {
    return name.codePoints().anyMatch(SafeNames::isUnsafe);
  }

  private static boolean isUnsafe(int cp) {
    return Character.isISOControl(cp)
        || (cp >= 0x202A && cp <= 0x202E)
        || (cp >= 0x2066 && cp <= 0x2069)
        || cp == 0x200E
        || cp == 0x200F;
  }

  /** Folders and files the grader never looks at: VCS data, OS litter, IDE settings. */
  static boolean isIgnored(String segment) {
    return segment.startsWith(".") || segment.equals("__MACOSX");
  }

  static boolean isKeptText(String name) {
    String lower = name.toLowerCase(Locale.ROOT);
    return lower.endsWith(".java")
        || lower.endsWith(".md")
        || lower.endsWith(".markdown")
        || lower.endsWith(".txt");
  }

  static boolean isArchive(String name) {
    String lower = name.toLowerCase(Locale.ROOT);
    return lower.endsWith(".zip")
        || lower.endsWith(".rar")
        || lower.endsWith(".7z")
        || lower.endsWith(".tar")
        || lower.endsWith(".gz");
  }

  /**
   * The relative path of a zip entry with {@code /} separators, or empty when the entry would land
   * outside the hand-in (absolute path, drive letter, {@code ..} segment).
   */
  static Optional<String> zipEntryPath(String entryName) {
    String name = entryName.replace('\\', '/');
    if (name.startsWith("/") || name.matches("^[A-Za-z]:.*")) {
      return Optional.empty();
    }
    StringBuilder path = new StringBuilder();
    for (String segment : name.split("/")) {
      if (segment.equals("..")) {
        return Optional.empty();
      }
      if (segment.isEmpty() || segment.equals(".")) {
        continue;
      }
      if (path.length() > 0) {
        path.append('/');
      }
      path.append(segment);
    }
    return Optional.of(path.toString());
  }

  /** Whether any segment of a relative path is one the grader ignores. */
  static boolean isIgnoredPath(String relativePath) {
    for (String segment : relativePath.split("/")) {
      if (isIgnored(segment)) {
        return true;
      }
    }
    return false;
  }
}
