package dev.grader.output;

import dev.grader.ShortList;
import dev.grader.rubric.CheckSpec;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** Judges a program's output against an output check, with feedback a student can act on. */
public final class OutputMatcher {
  /** Longest detail returned; feedback is read by people, not diffed by machines. */
  static final int DETAIL_LIMIT = 600;

  private static final int LISTED = 4;
  private static final int HEAD = 120;

  private OutputMatcher() {}

  /**
   * @param actual the text of the stream the check reads ({@link CheckSpec.Output#stream()})
   */
  public static OutputMatch match(CheckSpec.Output check, String actual) {
    String stream = check.stream().wireName();
    OutputMatch result =
        switch (check.match()) {
          case EXACT -> exact(check.expected(), actual);
          case NORMALIZED -> normalized(check.expected(), actual);
          case CONTAINS -> contains(check.expected(), actual, stream);
          case REGEX -> regex(check.expected(), actual, stream);
          case UNORDERED_LINES -> unorderedLines(check.expected(), actual);
          case TOKENS_ONCE -> tokensOnce(check.tokens(), actual);
        };
    if (!result.passed() && actual.isBlank()) {
      result = OutputMatch.fail("Nothing was printed on " + stream + ". " + expectation(check));
    }
    return new OutputMatch(result.passed(), Excerpt.of(result.detail(), DETAIL_LIMIT));
  }

  private static String expectation(CheckSpec.Output check) {
    return switch (check.match()) {
      case TOKENS_ONCE -> "Expected each of: " + quoted(check.tokens()) + ".";
      case REGEX -> "Expected output matching /" + Excerpt.visible(check.expected()) + "/.";
      default -> {
        List<String> lines = Lines.normalised(check.expected());
        yield lines.isEmpty()
            ? "Expected only white space."
            : "Expected output starting with " + Excerpt.quote(lines.get(0)) + ".";
      }
    };
  }

  private static OutputMatch exact(String expected, String actual) {
    String want = Lines.normaliseEndings(expected);
    String got = Lines.normaliseEndings(actual);
    if (want.equals(got)) {
      return OutputMatch.pass("The output matches exactly.");
    }
    return OutputMatch.fail(LineDiff.describe(Lines.split(want), Lines.split(got)));
  }

  private static OutputMatch normalized(String expected, String actual) {
    List<String> want = Lines.normalised(expected);
    List<String> got = Lines.normalised(actual);
    if (want.equals(got)) {
      return OutputMatch.pass("The output matches (white space aside).");
    }
    return OutputMatch.fail(LineDiff.describe(want, got));
  }

  private static OutputMatch contains(String expected, String actual, String stream) {
    String want = Lines.foldAll(expected);
    String got = Lines.foldAll(actual);
    if (got.contains(want)) {
      return OutputMatch.pass("The output contains the expected text.");
    }
    String wanted = "Expected to find " + Excerpt.quote(want) + " in " + stream;
    int caseAt = got.toLowerCase(Locale.ROOT).indexOf(want.toLowerCase(Locale.ROOT));
    if (caseAt >= 0) {
      return OutputMatch.fail(
          wanted
              + "; it is there only with different upper/lower case: "
              + Excerpt.quote(got.substring(caseAt, caseAt + want.length()))
              + ".");
    }
    int prefix = longestPrefixFound(want, got);
    if (prefix >= Math.min(10, want.length() / 2) && prefix > 0) {
      int at = got.indexOf(want.substring(0, prefix)) + prefix;
      return OutputMatch.fail(
          wanted
              + ". It has "
              + Excerpt.quote(want.substring(0, prefix))
              + " but then "
              + Excerpt.quote(got.substring(at, Math.min(got.length(), at + 30)), 30)
              + " where "
              + Excerpt.quote(want.substring(prefix), 30)
              + " was expected.");
    }
    return OutputMatch.fail(wanted + ". The output begins: " + head(actual));
  }

  /** Length of the longest start of {@code want} that occurs in {@code got}. */
  private static int longestPrefixFound(String want, String got) {
    int low = 0;
    int high = want.length();
    while (low < high) {
      int mid = (low + high + 1) / 2;
      if (got.contains(want.substring(0, mid))) {
        low = mid;
      } else {
        high = mid - 1;
      }
    }
    return low;
  }

  private static OutputMatch regex(String expected, String actual, String stream) {
    String got = actual.replace("\r\n", "\n");
    if (Pattern.compile(expected, Pattern.MULTILINE).matcher(got).find()) {
      return OutputMatch.pass("The output matches the expected pattern.");
    }
    return OutputMatch.fail(
        "No part of "
            + stream
            + " matches /"
            + Excerpt.visible(expected)
            + "/. The output begins: "
            + head(actual));
  }

  private static OutputMatch unorderedLines(String expected, String actual) {
    Map<String, Long> want = counts(Lines.normaliseEndings(expected));
    Map<String, Long> got = counts(Lines.normaliseEndings(actual));
    if (want.equals(got)) {
      return OutputMatch.pass("The output has the expected lines.");
    }
    List<String> problems = new ArrayList<>();
    List<String> missing = new ArrayList<>();
    List<String> wrongCount = new ArrayList<>();
    want.forEach(
        (line, times) -> {
          long printed = got.getOrDefault(line, 0L);
          if (printed == 0) {
            missing.add(line);
          } else if (printed != times) {
            wrongCount.add(Excerpt.quote(line, 40) + " " + printed + "x instead of " + times + "x");
          }
        });
    List<String> extra = got.keySet().stream().filter(line -> !want.containsKey(line)).toList();
    if (!missing.isEmpty()) {
      problems.add("Missing " + plural(missing.size(), "line") + ": " + quoted(missing));
    }
    if (!wrongCount.isEmpty()) {
      problems.add("Printed the wrong number of times: " + listed(wrongCount));
    }
    if (!extra.isEmpty()) {
      problems.add("Unexpected " + plural(extra.size(), "line") + ": " + quoted(extra));
    }
    return OutputMatch.fail(String.join(". ", problems) + ". (Line order does not matter here.)");
  }

  private static Map<String, Long> counts(String text) {
    return Lines.split(text).stream()
        .map(String::strip)
        .filter(line -> !line.isEmpty())
        .collect(
            Collectors.groupingBy(Function.identity(), LinkedHashMap::new, Collectors.counting()));
  }

  private static OutputMatch tokensOnce(List<String> tokens, String actual) {
    List<String> missing = new ArrayList<>();
    List<String> repeated = new ArrayList<>();
    for (String token : tokens) {
      int n = TokenCount.occurrences(token, actual);
      if (n == 0) {
        missing.add(token);
      } else if (n > 1) {
        repeated.add(Excerpt.quote(token, 40) + " (" + n + " times)");
      }
    }
    if (missing.isEmpty() && repeated.isEmpty()) {
      return OutputMatch.pass(
          "Each of the " + plural(tokens.size(), "expected item") + " appears exactly once.");
    }
    if (TokenCount.eachCharacterOnce(tokens, actual)) {
      return OutputMatch.pass(
          "Each of the "
              + plural(tokens.size(), "expected item")
              + " appears exactly once (the workers' output interleaved character by"
              + " character).");
    }
    List<String> problems = new ArrayList<>();
    if (!missing.isEmpty()) {
      problems.add("Missing: " + quoted(missing));
    }
    if (!repeated.isEmpty()) {
      problems.add("Appear more than once: " + listed(repeated));
    }
    return OutputMatch.fail(
        String.join(". ", problems)
            + ". Each of "
            + quoted(tokens)
            + " should appear exactly once.");
  }

  private static String head(String actual) {
    return Excerpt.quote(Excerpt.of(actual.strip(), HEAD), HEAD + 30);
  }

  private static String quoted(List<String> items) {
    return listed(items.stream().map(item -> Excerpt.quote(item, 40)).toList());
  }

  private static String listed(List<String> items) {
    return ShortList.of(items, LISTED);
  }

  private static String plural(int n, String noun) {
    return n + " " + noun + (n == 1 ? "" : "s");
  }
}
