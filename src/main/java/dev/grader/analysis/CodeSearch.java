package dev.grader.analysis;

import com.github.javaparser.JavaParser;
import com.github.javaparser.ParseResult;
import com.github.javaparser.ParserConfiguration;
import com.github.javaparser.ParserConfiguration.LanguageLevel;
import com.github.javaparser.Position;
import com.github.javaparser.Problem;
import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.ImportDeclaration;
import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.FieldAccessExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.MethodReferenceExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.TypeExpr;
import com.github.javaparser.ast.nodeTypes.NodeWithSimpleName;
import com.github.javaparser.ast.type.ClassOrInterfaceType;
import dev.grader.extract.JavaSource;
import dev.grader.rubric.CodePattern;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * Finds the code constructs a rubric names ({@link dev.grader.rubric.CodePattern}) in a student's
 * sources, on the syntax tree, so that comments, strings and identifiers that merely contain a name
 * do not count. Each source is parsed once; a source that does not parse is reported by {@link
 * #parseProblems()} and is not searched.
 */
public final class CodeSearch {
  private final List<ParsedSource> parsed;
  private final List<ParseProblem> problems;
  private final ReceiverTypes receivers;
  private final TypeIndex types;

  private CodeSearch(List<ParsedSource> parsed, List<ParseProblem> problems) {
    this.parsed = List.copyOf(parsed);
    this.problems = List.copyOf(problems);
    this.types = new TypeIndex(parsed.stream().map(ParsedSource::unit).toList());
    this.receivers = new ReceiverTypes(types);
  }

  /** Parses {@code sources} as Java 17. */
  public static CodeSearch of(List<JavaSource> sources) {
    JavaParser parser =
        new JavaParser(new ParserConfiguration().setLanguageLevel(LanguageLevel.JAVA_17));
    List<ParsedSource> parsed = new ArrayList<>();
    List<ParseProblem> problems = new ArrayList<>();
    for (JavaSource source : sources) {
      ParseResult<CompilationUnit> result = parser.parse(source.content());
      if (result.isSuccessful() && result.getResult().isPresent()) {
        parsed.add(new ParsedSource(source, result.getResult().get()));
      } else {
        problems.add(toProblem(source, result.getProblems()));
      }
    }
    return new CodeSearch(parsed, problems);
  }

  private static ParseProblem toProblem(JavaSource source, List<Problem> parserProblems) {
    if (parserProblems.isEmpty()) {
      return new ParseProblem(source.origin(), source.firstLine(), 1, "could not be parsed");
    }
    Problem first = parserProblems.get(0);
    Position at =
        first
            .getLocation()
            .flatMap(range -> range.getBegin().getRange())
            .map(range -> range.begin)
            .orElse(new Position(1, 1));
    return new ParseProblem(
        source.origin(),
        source.firstLine() + at.line - 1,
        Math.max(1, at.column),
        firstLineOf(first.getMessage()));
  }

  /** JavaParser lists every token it expected on further lines; the first line says enough. */
  private static String firstLineOf(String message) {
    int newline = message.indexOf('\n');
    return newline < 0 ? message : message.substring(0, newline).strip();
  }

  /** One entry per source that could not be parsed, in the order the sources were given. */
  public List<ParseProblem> parseProblems() {
    return problems;
  }

  /**
   * The first entry of {@code pattern} found: {@code calls} in order, then {@code types}; for each
   * entry the first occurrence in source order.
   */
  public Optional<Finding> find(CodePattern pattern) {
    for (String call : pattern.calls()) {
      Optional<Finding> found = findCall(call);
      if (found.isPresent()) {
        return found;
      }
    }
    for (String type : pattern.types()) {
      Optional<Finding> found = findType(type);
      if (found.isPresent()) {
        return found;
      }
    }
    return Optional.empty();
  }

  /** A call or method reference matching a {@code calls} entry ({@code start}, {@code T.start}). */
  public Optional<Finding> findCall(String entry) {
    CallEntry call = CallEntry.parse(entry);
    return first(
        entry,
        node -> {
          if (node instanceof MethodCallExpr methodCall) {
            return methodCall.getNameAsString().equals(call.method())
                && call.receiverType().map(t -> callReceiverIs(methodCall, t)).orElse(true);
          }
          if (node instanceof MethodReferenceExpr reference) {
            return reference.getIdentifier().equals(call.method())
                && call.receiverType().map(t -> referenceScopeIs(reference, t)).orElse(true);
          }
          return false;
        });
  }

  /** A use of a type matching a {@code types} entry ({@code ProcessBuilder}, qualified or not). */
  public Optional<Finding> findType(String entry) {
    String type = CallEntry.simpleName(entry);
    return first(
        entry,
        node -> {
          if (node instanceof ClassOrInterfaceType classType) {
            return classType.getNameAsString().equals(type);
          }
          // A static member reached through the type: Executors.newFixedThreadPool, T.FIELD.
          if (node instanceof NameExpr || node instanceof FieldAccessExpr) {
            return ((NodeWithSimpleName<?>) node).getNameAsString().equals(type)
                && isScopeOfMemberAccess(node);
          }
          return false;
        });
  }

  private static boolean isScopeOfMemberAccess(Node node) {
    return node.getParentNode()
        .map(
            parent ->
                (parent instanceof MethodCallExpr call && call.getScope().orElse(null) == node)
                    || (parent instanceof FieldAccessExpr field && field.getScope() == node)
                    || (parent instanceof MethodReferenceExpr reference
                        && reference.getScope() == node))
        .orElse(false);
  }

  private boolean callReceiverIs(MethodCallExpr call, String type) {
    if (call.getScope().isPresent()) {
      return receivers.isOfType(call.getScope().get(), type);
    }
    return inheritedFrom(call, type) || staticallyImported(call, type);
  }

  /** An unqualified {@code start()} inside a class that extends {@code Thread}. */
  private boolean inheritedFrom(Node node, String type) {
    return node.findAncestor(TypeDeclaration.class)
        .map(t -> types.isA(t.getNameAsString(), type))
        .orElse(false);
  }

  private static boolean staticallyImported(MethodCallExpr call, String type) {
    return call.findCompilationUnit().stream()
        .flatMap(unit -> unit.getImports().stream())
        .filter(ImportDeclaration::isStatic)
        .anyMatch(
            i -> {
              String name = i.getNameAsString();
              String owner =
                  i.isAsterisk() ? name : name.substring(0, Math.max(0, name.lastIndexOf('.')));
              return CallEntry.simpleName(owner).equals(type)
                  && (i.isAsterisk() || CallEntry.simpleName(name).equals(call.getNameAsString()));
            });
  }

  private boolean referenceScopeIs(MethodReferenceExpr reference, String type) {
    Expression scope = reference.getScope();
    if (scope instanceof TypeExpr typeExpr) {
      return typeExpr.getType() instanceof ClassOrInterfaceType classType
          && types.isA(classType.getNameAsString(), type);
    }
    return receivers.isOfType(scope, type);
  }

  private Optional<Finding> first(String entry, Predicate<Node> matches) {
    for (ParsedSource source : parsed) {
      Optional<Node> node = source.unit().findFirst(Node.class, matches::test);
      if (node.isPresent()) {
        return Optional.of(source.findingAt(entry, node.get()));
      }
    }
    return Optional.empty();
  }

  private record ParsedSource(JavaSource source, CompilationUnit unit) {
    Finding findingAt(String entry, Node node) {
      int line = node.getBegin().map(p -> p.line).orElse(1);
      return new Finding(entry, source.origin(), source.firstLine() + line - 1);
    }
  }
}
