package dev.grader.extract;

import java.util.LinkedHashSet;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How students name their answers: {@code Q3}, {@code Question_3}, {@code Problem3}, {@code
 * ProcessQ3}, {@code // Question 3:}, {@code Q.No-03}. One keyword list serves names, marker
 * comments and document headings.
 */
final class QuestionNames {
  /** Longest first, so {@code Exercise3} is read as exercise, not {@code Ex}. */
  private static final String KEYWORD = "(?i:question|problem|exercise|aufgabe|task|ex|q)";

  /**
   * A name token: the keyword starts the name, follows a non-letter, or starts a camel-case word
   * ({@code ProcessQ3}); the number is bounded by non-digits so {@code Q30} is not {@code Q3}.
   */
  private static final Pattern NAME =
      Pattern.compile(
          "(?:^|(?<=[^A-Za-z])|(?<=[a-z])(?=[A-Z]))" + KEYWORD + "[ _-]?0*([1-9][0-9]*)(?![0-9])");

  /**
   * A label as written in prose: {@code Q3}, {@code Question 3}, {@code Q.No-03}, {@code Ex. 3}.
   */
  static final String LABEL =
      KEYWORD
          + "\\.?[ \\t]*(?:(?i:no|nr|num|number)\\.?[ \\t]*)?[-_#:.]?[ \\t]*0*([1-9][0-9]*)(?![0-9])";

  private static final Pattern LABEL_ANYWHERE = Pattern.compile("(?<![A-Za-z])" + LABEL);
  private static final Pattern MARKER =
      Pattern.compile("^(?i:(?:solutions?|answers?)[ \\t]+(?:to|for|of)[ \\t]+)?" + LABEL);
  private static final Pattern COMMENT_DECORATION = Pattern.compile("^[\\s/*]+");

  private QuestionNames() {}

  /** The question numbers a file, folder or type name refers to, in order of appearance. */
  static Set<Integer> inName(String name) {
    Set<Integer> numbers = new LinkedHashSet<>();
    Matcher m = NAME.matcher(name);
    while (m.find()) {
      numbers.add(Integer.parseInt(m.group(1)));
    }
    return numbers;
  }

  /** Whether the name is nothing but the question label: {@code Q3}, {@code Question_3}. */
  static boolean isExactName(String name, int number) {
    Matcher m = NAME.matcher(name);
    return m.matches() && Integer.parseInt(m.group(1)) == number;
  }

  /**
   * The question a comment marks, when it starts with a single question label ({@code // Q3},
   * {@code /* Question 3 *}{@code /}, {@code // Solution to problem 3}); 0 when it marks none.
   */
  static int marker(String comment) {
    String text = COMMENT_DECORATION.matcher(comment).replaceFirst("");
    Matcher m = MARKER.matcher(text);
    if (!m.find()) {
      return 0;
    }
    Set<Integer> mentioned = new TreeSet<>();
    Matcher all = LABEL_ANYWHERE.matcher(text);
    while (all.find()) {
      mentioned.add(Integer.parseInt(all.group(1)));
    }
    // A comment naming several questions ("Solutions to Q1 and Q2") marks none of them.
    return mentioned.size() == 1 ? Integer.parseInt(m.group(1)) : 0;
  }

  /** The file name without folders and extension. */
  static String baseName(String path) {
    String name = path.substring(path.lastIndexOf('/') + 1);
    int dot = name.lastIndexOf('.');
    return dot > 0 ? name.substring(0, dot) : name;
  }
}
