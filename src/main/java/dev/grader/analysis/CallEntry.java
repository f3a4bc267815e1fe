package dev.grader.analysis;

import java.util.Optional;

/**
 * A {@code calls} entry of a rubric: a method name, optionally qualified by the receiver's type
 * ({@code ProcessBuilder.start}, {@code java.lang.Runtime.exec}). Only simple type names are kept,
 * because student code names types either way.
 */
record CallEntry(String text, Optional<String> receiverType, String method) {

  static CallEntry parse(String text) {
    String trimmed = text.strip();
    int dot = trimmed.lastIndexOf('.');
    if (dot < 0) {
      return new CallEntry(text, Optional.empty(), trimmed);
    }
    return new CallEntry(
        text, Optional.of(simpleName(trimmed.substring(0, dot))), trimmed.substring(dot + 1));
  }

  static String simpleName(String typeName) {
    String trimmed = typeName.strip();
    return trimmed.substring(trimmed.lastIndexOf('.') + 1);
  }
}
