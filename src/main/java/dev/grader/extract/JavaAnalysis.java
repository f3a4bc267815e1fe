package dev.grader.extract;

import com.github.javaparser.JavaParser;
import com.github.javaparser.ParseResult;
import com.github.javaparser.Position;
import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.body.Parameter;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.comments.Comment;
import com.github.javaparser.ast.expr.Name;
import com.github.javaparser.ast.expr.SimpleName;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the extractor needs from one Java text: its package, top-level types (with their extent,
 * whether they declare {@code main}, and the names they use) and the question markers between them.
 * Text that does not parse is read with regular expressions instead, so a broken answer is still
 * found (and later fails to compile on its own).
 */
final class JavaAnalysis {
  /**
   * A top-level type.
   *
   * @param start offset of its first character, its attached comment included
   * @param end offset just after its last character
   * @param names every identifier it uses, a superset of the type names it references
   */
  record TypeInfo(
      String name, boolean isPublic, boolean hasMain, int start, int end, Set<String> names) {}

  /** A comment outside every type that marks a question; {@code offset} orders it among types. */
  record Marker(int offset, int question, String text) {}

  private static final Pattern PACKAGE = Pattern.compile("(?m)^\\s*package\\s+([\\w.]+)\\s*;");
  private static final Pattern TYPE =
      Pattern.compile("\\b(?:class|interface|enum|record)\\s+([A-Za-z_$][\\w$]*)");
  private static final Pattern MAIN =
      Pattern.compile(
          "public\\s+static\\s+void\\s+main\\s*\\(|static\\s+public\\s+void\\s+main\\s*\\(");
  private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z_$][\\w$]*");
  private static final Pattern LINE_COMMENT = Pattern.compile("(?m)^[ \\t]*(//+|/\\*+|\\*+)(.*)$");

  final boolean parsed;
  final String packageName;
  final List<TypeInfo> types;
  final List<Marker> markers;
  final Set<String> names;

  private JavaAnalysis(
      boolean parsed,
      String packageName,
      List<TypeInfo> types,
      List<Marker> markers,
      Set<String> names) {
    this.parsed = parsed;
    this.packageName = packageName;
    this.types = List.copyOf(types);
    this.markers = List.copyOf(markers);
    this.names = Set.copyOf(names);
  }

  static JavaAnalysis of(JavaParser parser, String text) {
    ParseResult<CompilationUnit> result = parser.parse(text);
    if (result.isSuccessful() && result.getResult().isPresent()) {
      return fromTree(result.getResult().get(), new Offsets(text));
    }
    return fromText(text);
  }

  private static JavaAnalysis fromTree(CompilationUnit unit, Offsets offsets) {
    String pkg = unit.getPackageDeclaration().map(p -> p.getNameAsString()).orElse("");
    List<TypeInfo> types = new ArrayList<>();
    for (TypeDeclaration<?> type : unit.getTypes()) {
      int start = offsets.begin(type);
      if (type.getComment().isPresent()) {
        start = Math.min(start, offsets.begin(type.getComment().get()));
      }
      types.add(
          new TypeInfo(
              type.getNameAsString(),
              type.isPublic(),
              hasMain(type),
              start,
              offsets.end(type),
              namesIn(type)));
    }
    List<Marker> markers = new ArrayList<>();
    for (Comment comment : unit.getAllComments()) {
      int at = offsets.begin(comment);
      boolean insideType = types.stream().anyMatch(t -> at > t.start() && at < t.end());
      int question = QuestionNames.marker(comment.getContent());
      if (question > 0 && !insideType) {
        markers.add(new Marker(at, question, firstLine(comment.getContent())));
      }
    }
    markers.sort((a, b) -> Integer.compare(a.offset(), b.offset()));
    return new JavaAnalysis(true, pkg, types, markers, namesIn(unit));
  }

  private static boolean hasMain(TypeDeclaration<?> type) {
    for (MethodDeclaration method : type.getMethodsByName("main")) {
      boolean visible =
          method.isPublic()
              || type.isClassOrInterfaceDeclaration()
                  && type.asClassOrInterfaceDeclaration().isInterface();
      if (visible
          && method.isStatic()
          && method.getType().isVoidType()
          && method.getParameters().size() == 1
          && isStringArray(method.getParameter(0))) {
        return true;
      }
    }
    return false;
  }

  private static boolean isStringArray(Parameter parameter) {
    String type = parameter.getType().asString();
    if (parameter.isVarArgs()) {
      return type.equals("String") || type.equals("java.lang.String");
    }
    return type.equals("String[]") || type.equals("java.lang.String[]");
  }

  private static Set<String> namesIn(Node node) {
    Set<String> names = new HashSet<>();
    node.findAll(SimpleName.class).forEach(n -> names.add(n.getIdentifier()));
    node.findAll(Name.class).forEach(n -> names.add(n.getIdentifier()));
    return names;
  }

  private static JavaAnalysis fromText(String text) {
    Matcher pkg = PACKAGE.matcher(text);
    String packageName = pkg.find() ? pkg.group(1) : "";
    Matcher main = MAIN.matcher(text);
    int mainAt = main.find() ? main.start() : -1;
    List<String> typeNames = new ArrayList<>();
    String mainType = null;
    Matcher type = TYPE.matcher(text);
    while (type.find()) {
      typeNames.add(type.group(1));
      if (mainAt >= 0 && type.start() < mainAt) {
        mainType = type.group(1);
      }
    }
    Set<String> names = new HashSet<>();
    Matcher identifier = IDENTIFIER.matcher(text);
    while (identifier.find()) {
      names.add(identifier.group());
    }
    // Without a tree, the whole text is one unit: each type spans nothing and owns every name.
    List<TypeInfo> types = new ArrayList<>();
    for (String name : typeNames) {
      types.add(new TypeInfo(name, false, name.equals(mainType), 0, 0, names));
    }
    List<Marker> markers = new ArrayList<>();
    Matcher comment = LINE_COMMENT.matcher(text);
    while (comment.find()) {
      int question = QuestionNames.marker(comment.group(2));
      if (question > 0) {
        markers.add(new Marker(comment.start(), question, comment.group().strip()));
      }
    }
    return new JavaAnalysis(false, packageName, types, markers, names);
  }

  private static String firstLine(String content) {
    for (String line : content.split("\\R")) {
      String stripped = line.replaceFirst("^[\\s*]+", "").strip();
      if (!stripped.isEmpty()) {
        return stripped;
      }
    }
    return "";
  }

  /** Converts JavaParser's line/column positions (tabs count as one column) to offsets. */
  private static final class Offsets {
    private final int[] lineStarts;

    Offsets(String text) {
      List<Integer> starts = new ArrayList<>();
      starts.add(0);
      for (int i = 0; i < text.length(); i++) {
        char c = text.charAt(i);
        if (c == '\n' || (c == '\r' && (i + 1 >= text.length() || text.charAt(i + 1) != '\n'))) {
          starts.add(i + 1);
        }
      }
      lineStarts = starts.stream().mapToInt(Integer::intValue).toArray();
    }

    int begin(Node node) {
      return offset(node.getBegin().orElseThrow());
    }

    int end(Node node) {
      return offset(node.getEnd().orElseThrow()) + 1;
    }

    private int offset(Position position) {
      return lineStarts[position.line - 1] + position.column - 1;
    }
  }
}
