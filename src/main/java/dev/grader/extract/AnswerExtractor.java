package dev.grader.extract;

import com.github.javaparser.JavaParser;
import com.github.javaparser.ParserConfiguration;
import dev.grader.submission.Submission;
import dev.grader.submission.SubmissionFile;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Finds each question's answer in a submission.
 *
 * <p>Code answers, strongest evidence first: a type or file named for the question ({@code Q3},
 * {@code Question_3}, {@code ProcessQ3}); a marker comment ({@code // Q3}, {@code /* Question 3
 * *}{@code /}) before a type or at the top of a file; a folder named for the question ({@code
 * q3/Main.java}); Java code blocks under the question's heading in a Markdown or text file. Text
 * answers: a document named for the question ({@code Q2.md}), else the section under the question's
 * heading in any document.
 *
 * <p>Thread-safe: each call uses its own parser.
 */
public final class AnswerExtractor {

  /** An answer for every question, keyed by question id, in the order of {@code questions}. */
  public Map<String, Answer> extract(Submission submission, List<QuestionRef> questions) {
    Objects.requireNonNull(submission, "submission");
    JavaParser parser =
        new JavaParser(
            new ParserConfiguration().setLanguageLevel(ParserConfiguration.LanguageLevel.JAVA_17));
    List<Piece> pieces = new ArrayList<>();
    List<Document> documents = new ArrayList<>();
    for (SubmissionFile file : submission.files()) {
      if (file.path().toLowerCase(Locale.ROOT).endsWith(".java")) {
        pieces.addAll(JavaFilePieces.of(file, JavaAnalysis.of(parser, file.text())));
      } else if (file.isDocument()) {
        documents.add(Document.parse(file));
      }
    }
    pieces = FolderRule.apply(pieces);
    Map<String, Answer> answers = new LinkedHashMap<>();
    for (QuestionRef question : questions) {
      Answer answer =
          question.code()
              ? code(question.number(), pieces, documents, parser)
              : text(question.number(), documents);
      answers.put(question.id(), answer);
    }
    return answers;
  }

  private static Answer code(
      int number, List<Piece> pieces, List<Document> documents, JavaParser parser) {
    List<Piece> own = fromJavaFiles(number, pieces);
    if (own.isEmpty()) {
      own = fromCodeBlocks(number, documents, parser);
    }
    if (own.isEmpty()) {
      return new Answer.Missing(missingCode(number, documents));
    }
    List<Piece> helpers = Helpers.of(own, pieces, number);
    List<JavaSource> sources =
        Stream.concat(own.stream(), helpers.stream()).map(Piece::source).toList();
    String mainClass =
        Stream.concat(own.stream(), helpers.stream())
            .map(Piece::mainClass)
            .filter(Objects::nonNull)
            .findFirst()
            .orElse(null);
    return new Answer.Code(sources, mainClass, own.get(0).where());
  }

  /** The best piece tied to the question: strongest via, then one with main, then exact name. */
  private static List<Piece> fromJavaFiles(int number, List<Piece> pieces) {
    return pieces.stream()
        .filter(p -> p.question() == number)
        .min(
            Comparator.comparing(Piece::via)
                .thenComparing(p -> p.mainClass() == null)
                .thenComparing(p -> !isExactlyNamed(p, number))
                .thenComparing(Piece::path))
        .map(List::of)
        .orElse(List.of());
  }

  private static boolean isExactlyNamed(Piece piece, int number) {
    return QuestionNames.isExactName(QuestionNames.baseName(piece.path()), number)
        || piece.declared().stream().anyMatch(name -> QuestionNames.isExactName(name, number));
  }

  private static List<Piece> fromCodeBlocks(
      int number, List<Document> documents, JavaParser parser) {
    for (Document document : documents) {
      if (namedFor(document, number)) {
        List<Document.Fence> fences = javaFences(document.fences);
        if (!fences.isEmpty()) {
          return blockPieces(number, document, fences, "", parser);
        }
      }
    }
    for (Document document : documents) {
      for (Document.Section section : document.sections) {
        List<Document.Fence> fences = javaFences(section.fences());
        if (section.question() == number && !fences.isEmpty()) {
          String under = ", code block under '" + Shown.of(section.label()) + "'";
          return blockPieces(number, document, fences, under, parser);
        }
      }
    }
    return List.of();
  }

  private static List<Document.Fence> javaFences(List<Document.Fence> fences) {
    return fences.stream().filter(Document.Fence::isJava).toList();
  }

  private static List<Piece> blockPieces(
      int number, Document document, List<Document.Fence> fences, String under, JavaParser parser) {
    List<Piece> pieces = new ArrayList<>();
    for (Document.Fence fence : fences) {
      JavaAnalysis analysis = JavaAnalysis.of(parser, fence.content());
      String origin = document.path + ":" + fence.firstLine();
      pieces.add(
          new Piece(
              new JavaSource(origin, fence.firstLine(), fence.content()),
              analysis.packageName,
              analysis.types.stream().map(JavaAnalysis.TypeInfo::name).collect(Collectors.toSet()),
              analysis.names,
              JavaFilePieces.mainClass(analysis.packageName, analysis.types, number),
              number,
              Via.DOCUMENT,
              origin + under));
    }
    return pieces;
  }

  private static Answer text(int number, List<Document> documents) {
    List<String> emptyPlaces = new ArrayList<>();
    for (Document document : documents) {
      if (namedFor(document, number)) {
        String text = document.wholeAnswer(number);
        if (!text.isEmpty()) {
          return new Answer.Text(text, document.path);
        }
        emptyPlaces.add(document.path + " is empty");
      }
    }
    Optional<Answer.Text> section =
        documents.stream()
            .flatMap(
                d ->
                    d.sections.stream()
                        .filter(s -> s.question() == number && !s.text().isEmpty())
                        .map(s -> new Answer.Text(s.text(), underHeading(d, s))))
            .max(Comparator.comparingInt(t -> t.text().length()));
    if (section.isPresent()) {
      return section.get();
    }
    for (Document document : documents) {
      for (Document.Section s : document.sections) {
        if (s.question() == number) {
          emptyPlaces.add(
              "heading '"
                  + Shown.of(s.label())
                  + "' found in "
                  + document.path
                  + " but nothing under it");
        }
      }
    }
    if (!emptyPlaces.isEmpty()) {
      return new Answer.Missing(String.join("; ", emptyPlaces));
    }
    return new Answer.Missing(
        ("no file named like Q%1$d.md/Question%1$d.txt and no Q%1$d heading (such as '## Q%1$d',"
                + " 'Question %1$d:' or '%1$d.') in a .md/.txt file")
            .formatted(number));
  }

  private static String underHeading(Document document, Document.Section section) {
    return document.path + ", under '" + Shown.of(section.label()) + "'";
  }

  private static boolean namedFor(Document document, int number) {
    return QuestionNames.inName(QuestionNames.baseName(document.path)).contains(number);
  }

  private static String missingCode(int number, List<Document> documents) {
    for (Document document : documents) {
      for (Document.Section section : document.sections) {
        if (section.question() == number) {
          return ("heading '%2$s' found in %3$s but no Java code block under it; no Java class or"
                  + " file named like Q%1$d/Question%1$d/Problem%1$d and no '// Q%1$d' marker")
              .formatted(number, Shown.of(section.label()), document.path);
        }
      }
    }
    return ("no Java class or file named like Q%1$d/Question%1$d/Problem%1$d, no '// Q%1$d' marker,"
            + " and no Q%1$d heading with a code block in a .md/.txt file")
        .formatted(number);
  }
}
