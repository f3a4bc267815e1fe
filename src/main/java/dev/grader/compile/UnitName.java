package dev.grader.compile;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The file name javac expects for a source: {@code pkg/path/Type.java} after its public top-level
 * type, or its first top-level type when none is public. A regex scan rather than a parser, so that
 * sources with syntax errors still get a name and javac reports their real errors.
 */
final class UnitName {
  private static final String IDENTIFIER =
      "\\p{javaJavaIdentifierStart}\\p{javaJavaIdentifierPart}*";
  private static final Pattern PACKAGE =
      Pattern.compile(
          "(?<![\\w$.])package\\s+(" + IDENTIFIER + "(?:\\s*\\.\\s*" + IDENTIFIER + ")*)\\s*;");
  private static final Pattern TYPE =
      Pattern.compile(
          "(?<![\\w$.@])((?:(?:public|protected|private|abstract|final|static|strictfp|sealed"
              + "|non-sealed)\\s+|@\\s*[\\w$.]+\\s*(?:\\([^)]*\\))?\\s*)*)"
              + "(?:class|interface|enum|record|@\\s*interface)\\s+("
              + IDENTIFIER
              + ")");
  private static final Pattern PUBLIC = Pattern.compile("(?<![\\w-])public\\s");
  static final String FALLBACK = "Snippet";

  private UnitName() {}

  static String of(String source) {
    String topLevel = topLevelOnly(blankCommentsAndLiterals(source));
    String directory = "";
    Matcher pkg = PACKAGE.matcher(topLevel);
    if (pkg.find()) {
      directory = pkg.group(1).replaceAll("\\s", "").replace('.', '/') + "/";
    }
    return directory + typeName(topLevel) + ".java";
  }

  private static String typeName(String topLevel) {
    Matcher type = TYPE.matcher(topLevel);
    String first = null;
    while (type.find()) {
      if (PUBLIC.matcher(type.group(1)).find()) {
        return type.group(2);
      }
      if (first == null) {
        first = type.group(2);
      }
    }
    return first == null ? FALLBACK : first;
  }

  /** Replaces what is inside braces with spaces, so only top-level declarations remain. */
  private static String topLevelOnly(String code) {
    StringBuilder out = new StringBuilder(code.length());
    int depth = 0;
    for (int i = 0; i < code.length(); i++) {
      char c = code.charAt(i);
      if (c == '}') {
        depth = Math.max(0, depth - 1);
      }
      out.append(depth == 0 || c == '\n' ? c : ' ');
      if (c == '{') {
        depth++;
      }
    }
    return out.toString();
  }

  /** Replaces comments and string, text-block and char literals with spaces. */
  static String blankCommentsAndLiterals(String source) {
    StringBuilder out = new StringBuilder(source);
    int i = 0;
    int n = source.length();
    while (i < n) {
      int end;
      if (source.startsWith("//", i)) {
        end = indexOrEnd(source, "\n", i);
      } else if (source.startsWith("/*", i)) {
        end = indexOrEnd(source, "*/", i + 2) + 2;
      } else if (source.startsWith("\"\"\"", i)) {
        end = closing(source, "\"\"\"", i + 3);
      } else if (source.charAt(i) == '"' || source.charAt(i) == '\'') {
        end = closing(source, String.valueOf(source.charAt(i)), i + 1);
      } else {
        i++;
        continue;
      }
      end = Math.min(end, n);
      for (int j = i; j < end; j++) {
        if (out.charAt(j) != '\n') {
          out.setCharAt(j, ' ');
        }
      }
      i = end;
    }
    return out.toString();
  }

  private static int indexOrEnd(String text, String what, int from) {
    int at = text.indexOf(what, from);
    return at < 0 ? text.length() : at;
  }

  /** The index after the unescaped {@code quote} closing a literal; a plain literal ends a line. */
  private static int closing(String text, String quote, int from) {
    boolean singleLine = quote.length() == 1;
    for (int i = from; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\\') {
        i++;
      } else if (singleLine && c == '\n') {
        return i;
      } else if (text.startsWith(quote, i)) {
        return i + quote.length();
      }
    }
    return text.length();
  }
}
