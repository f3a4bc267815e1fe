package dev.grader.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Ties helper pieces to a question through their folder ({@code q3/Main.java}, package {@code
 * question3}). A folder counts only when nothing inside it is named or marked for another question,
 * so an enclosing {@code Exercise3/} folder that holds the whole assignment is not read as question
 * 3.
 */
final class FolderRule {
  private FolderRule() {}

  static List<Piece> apply(List<Piece> pieces) {
    List<Piece> result = new ArrayList<>(pieces.size());
    for (Piece piece : pieces) {
      result.add(piece.question() == 0 ? byFolder(piece, pieces) : piece);
    }
    return result;
  }

  private static Piece byFolder(Piece piece, List<Piece> pieces) {
    String[] segments = piece.path().split("/");
    for (int i = segments.length - 2; i >= 0; i--) {
      Set<Integer> named = QuestionNames.inName(segments[i]);
      if (named.isEmpty()) {
        continue;
      }
      int question = named.iterator().next();
      String folder = String.join("/", List.of(segments).subList(0, i + 1)) + "/";
      boolean foreign =
          pieces.stream()
              .anyMatch(
                  p ->
                      p.question() != 0 && p.question() != question && p.path().startsWith(folder));
      return foreign
          ? piece
          : piece.answering(question, Via.FOLDER, piece.path() + " (folder " + segments[i] + ")");
    }
    return piece;
  }
}
