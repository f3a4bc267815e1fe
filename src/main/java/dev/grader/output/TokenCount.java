package dev.grader.output;

/**
 * Counts a token in output written by several threads or processes at once, where lines interleave
 * ({@code Process 1Process 2}). An occurrence counts only where it is not part of a longer number
 * or word: an edge that is a digit must not touch another digit, an edge that is a letter must not
 * touch a letter or digit. So {@code 1} is found once in {@code Process 1Process 2} but not in
 * {@code 12}, and {@code done} is not found in {@code undone}.
 */
final class TokenCount {
  private TokenCount() {}

  static int occurrences(String token, String output) {
    if (token.isEmpty()) {
      throw new IllegalArgumentException("a token must not be empty");
    }
    int count = 0;
    for (int at = output.indexOf(token); at >= 0; at = output.indexOf(token, at + 1)) {
      int end = at + token.length();
      boolean freeBefore = at == 0 || !joins(token.charAt(0), output.charAt(at - 1));
      boolean freeAfter =
          end == output.length() || !joins(token.charAt(token.length() - 1), output.charAt(end));
      if (freeBefore && freeAfter) {
        count++;
      }
    }
    return count;
  }

  /** Whether {@code neighbour} would continue the number or word that {@code edge} ends. */
  private static boolean joins(char edge, char neighbour) {
    if (Character.isDigit(edge)) {
      return Character.isDigit(neighbour);
    }
    if (Character.isLetter(edge)) {
      return Character.isLetterOrDigit(neighbour);
    }
    return false;
  }
}
