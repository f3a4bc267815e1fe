package dev.grader.report;

import java.util.regex.Pattern;

/** Turns student ids (which come from folder names) into names safe on every file system. */
public final class FileNames {
  private static final Pattern UNSAFE = Pattern.compile("[^A-Za-z0-9._-]");

  private FileNames() {}

  public static String safe(String id) {
    String cleaned = UNSAFE.matcher(id).replaceAll("_");
    if (cleaned.isEmpty() || cleaned.startsWith(".")) {
      cleaned = "_" + cleaned;
    }
    return cleaned;
  }
}
