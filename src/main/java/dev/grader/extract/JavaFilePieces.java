package dev.grader.extract;

import dev.grader.submission.SubmissionFile;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Cuts a Java file into pieces by question. A file whose types all answer the same question (or
 * none) stays whole. When marked types of one file answer different questions, each question gets
 * the file with the other types blanked out: package and imports stay, and line numbers still match
 * the student's file.
 */
final class JavaFilePieces {
  /** A type's question and how it was found; question 0 means a helper. */
  private record Assignment(JavaAnalysis.TypeInfo type, int question, Via via, String where) {}

  private JavaFilePieces() {}

  static List<Piece> of(SubmissionFile file, JavaAnalysis analysis) {
    int fileQuestion = first(QuestionNames.inName(QuestionNames.baseName(file.path())));
    if (!analysis.parsed) {
      return unparsed(file, analysis, fileQuestion);
    }
    if (analysis.types.isEmpty()) {
      return List.of(typeless(file, analysis, fileQuestion));
    }
    List<Assignment> assignments = new ArrayList<>();
    for (JavaAnalysis.TypeInfo type : analysis.types) {
      assignments.add(assign(file.path(), analysis, type, fileQuestion));
    }
    Map<Integer, List<Assignment>> byQuestion =
        assignments.stream()
            .collect(
                Collectors.groupingBy(
                    Assignment::question, LinkedHashMap::new, Collectors.toList()));
    if (byQuestion.size() == 1) {
      return List.of(piece(file, analysis, assignments, file.text()));
    }
    List<Piece> pieces = new ArrayList<>();
    byQuestion.forEach(
        (question, kept) ->
            pieces.add(piece(file, analysis, kept, blankAllBut(file.text(), analysis, kept))));
    return pieces;
  }

  private static Assignment assign(
      String path, JavaAnalysis analysis, JavaAnalysis.TypeInfo type, int fileQuestion) {
    int named = first(QuestionNames.inName(type.name()));
    if (named > 0) {
      return new Assignment(type, named, Via.NAME, "class " + type.name() + " in " + path);
    }
    JavaAnalysis.Marker marker = null;
    for (JavaAnalysis.Marker m : analysis.markers) {
      if (m.offset() <= type.start()) {
        marker = m;
      }
    }
    if (marker != null) {
      return new Assignment(type, marker.question(), Via.MARKER, markedWhere(path, marker));
    }
    if (fileQuestion > 0) {
      return new Assignment(type, fileQuestion, Via.NAME, path);
    }
    return new Assignment(type, 0, null, path);
  }

  private static String markedWhere(String path, JavaAnalysis.Marker marker) {
    return path + ", after the comment '" + Shown.of(marker.text()) + "'";
  }

  private static Piece piece(
      SubmissionFile file, JavaAnalysis analysis, List<Assignment> kept, String content) {
    Assignment best =
        kept.stream()
            .min(
                Comparator.comparing(
                    a -> a.via() == null ? Via.values().length : a.via().ordinal()))
            .orElseThrow();
    List<JavaAnalysis.TypeInfo> types = kept.stream().map(Assignment::type).toList();
    Set<String> names =
        kept.size() == analysis.types.size()
            ? analysis.names
            : types.stream().flatMap(t -> t.names().stream()).collect(Collectors.toSet());
    return new Piece(
        new JavaSource(file.path(), 1, content),
        analysis.packageName,
        types.stream().map(JavaAnalysis.TypeInfo::name).collect(Collectors.toSet()),
        names,
        mainClass(analysis.packageName, types, best.question()),
        best.question(),
        best.via(),
        best.where());
  }

  private static Piece typeless(SubmissionFile file, JavaAnalysis analysis, int fileQuestion) {
    int question = fileQuestion;
    Via via = fileQuestion > 0 ? Via.NAME : null;
    String where = file.path();
    if (question == 0 && !analysis.markers.isEmpty()) {
      JavaAnalysis.Marker marker = analysis.markers.get(0);
      question = marker.question();
      via = Via.MARKER;
      where = markedWhere(file.path(), marker);
    }
    return new Piece(
        new JavaSource(file.path(), 1, file.text()),
        analysis.packageName,
        Set.of(),
        analysis.names,
        null,
        question,
        via,
        where);
  }

  /** A file that does not parse is kept whole, for every question its names or markers name. */
  private static List<Piece> unparsed(
      SubmissionFile file, JavaAnalysis analysis, int fileQuestion) {
    Map<Integer, Via> questions = new LinkedHashMap<>();
    if (fileQuestion > 0) {
      questions.put(fileQuestion, Via.NAME);
    }
    analysis.types.forEach(
        t -> QuestionNames.inName(t.name()).forEach(q -> questions.putIfAbsent(q, Via.NAME)));
    if (questions.isEmpty()) {
      analysis.markers.forEach(m -> questions.putIfAbsent(m.question(), Via.MARKER));
    }
    Set<String> declared =
        analysis.types.stream().map(JavaAnalysis.TypeInfo::name).collect(Collectors.toSet());
    JavaSource source = new JavaSource(file.path(), 1, file.text());
    Piece helper =
        new Piece(
            source,
            analysis.packageName,
            declared,
            analysis.names,
            mainClass(analysis.packageName, analysis.types, 0),
            0,
            null,
            file.path());
    if (questions.isEmpty()) {
      return List.of(helper);
    }
    List<Piece> pieces = new ArrayList<>();
    questions.forEach((q, via) -> pieces.add(helper.answering(q, via, file.path())));
    return pieces;
  }

  /** The class to run: one named for the question, else a public one, else the first. */
  static String mainClass(String packageName, List<JavaAnalysis.TypeInfo> types, int question) {
    return types.stream()
        .filter(JavaAnalysis.TypeInfo::hasMain)
        .min(
            Comparator.comparing(
                    (JavaAnalysis.TypeInfo t) -> !QuestionNames.inName(t.name()).contains(question))
                .thenComparing(t -> !t.isPublic()))
        .map(t -> packageName.isEmpty() ? t.name() : packageName + "." + t.name())
        .orElse(null);
  }

  private static String blankAllBut(String text, JavaAnalysis analysis, List<Assignment> kept) {
    char[] chars = text.toCharArray();
    for (JavaAnalysis.TypeInfo type : analysis.types) {
      if (kept.stream().noneMatch(a -> a.type() == type)) {
        for (int i = type.start(); i < type.end() && i < chars.length; i++) {
          if (chars[i] != '\n' && chars[i] != '\r') {
            chars[i] = ' ';
          }
        }
      }
    }
    return new String(chars);
  }

  private static int first(Set<Integer> numbers) {
    return numbers.isEmpty() ? 0 : numbers.iterator().next();
  }
}
