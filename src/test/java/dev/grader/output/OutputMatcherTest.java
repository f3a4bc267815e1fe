package dev.grader.output;

import static org.assertj.core.api.Assertions.assertThat;

import dev.grader.rubric.CheckSpec;
import dev.grader.rubric.MatchMode;
import dev.grader.rubric.OutputStream;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class OutputMatcherTest {

  private static CheckSpec.Output check(MatchMode mode, String expected) {
    return new CheckSpec.Output("Output", 2, null, mode, expected, null, null, null);
  }

  private static CheckSpec.Output tokens(String... tokens) {
    return new CheckSpec.Output(
        "Output", 2, null, MatchMode.TOKENS_ONCE, null, List.of(tokens), null, null);
  }

  private static OutputMatch match(MatchMode mode, String expected, String actual) {
    return OutputMatcher.match(check(mode, expected), actual);
  }

  @Nested
  class Exact {
    @Test
    void windowsLineEndingsAndOneTrailingNewLineDoNotMatter() {
      assertThat(match(MatchMode.EXACT, "a\nb\n", "a\r\nb").passed()).isTrue();
      assertThat(match(MatchMode.EXACT, "a\nb", "a\r\nb\r\n").passed()).isTrue();
    }

    @Test
    void firstDifferingLineIsShownWithACaret() {
      OutputMatch result =
          match(MatchMode.EXACT, "Parent 1\nChild 2 done\nbye\n", "Parent 1\nChild 3 done\nbye\n");

      assertThat(result.passed()).isFalse();
      assertThat(result.detail())
          .isEqualTo(
              """
              Line 2 differs:
                expected: "Child 2 done"
                actual:   "Child 3 done"
                                 ^ column 7""");
    }

    @Test
    void whiteSpaceOnlyDifferenceIsSaidExplicitly() {
      OutputMatch result = match(MatchMode.EXACT, "sum = 10\n", "sum =  10\n");

      assertThat(result.passed()).isFalse();
      assertThat(result.detail()).startsWith("Only white space differs. Line 1 differs:");
    }

    @Test
    void tabsAreShownAndCaretStaysAligned() {
      OutputMatch result = match(MatchMode.EXACT, "a\tb", "a  b");

      assertThat(result.detail())
          .isEqualTo(
              """
              Only white space differs. Line 1 differs:
                expected: "a\\tb"
                actual:   "a  b"
                            ^ column 2""");
    }

    @Test
    void caseOnlyDifferenceIsSaidExplicitly() {
      assertThat(match(MatchMode.EXACT, "Done", "done").detail())
          .startsWith("Only upper/lower case differs.");
    }

    @Test
    void reorderedLinesAreSaidToBeInADifferentOrder() {
      assertThat(match(MatchMode.EXACT, "one\ntwo\n", "two\none\n").detail())
          .startsWith("The lines are right but in a different order. Line 1 differs:");
    }

    @Test
    void missingLinesAreCounted() {
      assertThat(match(MatchMode.EXACT, "a\nb\nc\n", "a\n").detail())
          .isEqualTo(
              "The output ends after line 1; 2 more lines were expected, starting with: \"b\".");
    }

    @Test
    void extraOutputIsPointedAt() {
      assertThat(match(MatchMode.EXACT, "a\n", "a\nDEBUG x=1\n").detail())
          .isEqualTo("Unexpected extra output from line 2 (1 line): \"DEBUG x=1\".");
    }

    @Test
    void longLinesAreCutAroundTheDifference() {
      String prefix = "x".repeat(200);
      OutputMatch result = match(MatchMode.EXACT, prefix + "A" + "y".repeat(200), prefix + "B");

      assertThat(result.detail()).contains("column 201").contains("…xxxx");
      assertThat(result.detail().length()).isLessThan(300);
      String[] lines = result.detail().split("\n");
      assertThat(lines[3].indexOf('^')).isEqualTo(lines[1].indexOf('A'));
      assertThat(lines[3].indexOf('^')).isEqualTo(lines[2].indexOf('B'));
    }
  }

  @Nested
  class Normalized {
    @Test
    void spacingTabsAndBlankLinesAtTheEndsAreForgiven() {
      assertThat(
              match(
                      MatchMode.NORMALIZED,
                      "Total: 42\nAverage: 10.5\n",
                      "\n\n  Total:\t 42   \r\nAverage:  10.5\n\n\n")
                  .passed())
          .isTrue();
    }

    @Test
    void blankLinesInsideStillCount() {
      OutputMatch result = match(MatchMode.NORMALIZED, "a\nb", "a\n\nb");

      assertThat(result.passed()).isFalse();
      assertThat(result.detail()).contains("Line 2 differs").contains("expected: \"b\"");
    }

    @Test
    void wordingDifferencesAreShown() {
      OutputMatch result = match(MatchMode.NORMALIZED, "Total: 42", "Total:  41");

      assertThat(result.detail())
          .isEqualTo(
              """
              Line 1 differs:
                expected: "Total: 42"
                actual:   "Total: 41"
                                   ^ column 9""");
    }
  }

  @Nested
  class Contains {
    @Test
    void expectedTextMayBeAnywhereAndSpreadOverLines() {
      assertThat(match(MatchMode.CONTAINS, "exit code 0", "started\nexit   code\n0\n").passed())
          .isTrue();
    }

    @Test
    void caseDifferenceIsSaid() {
      assertThat(
              match(MatchMode.CONTAINS, "All children finished", "all children finished").detail())
          .isEqualTo(
              "Expected to find \"All children finished\" in stdout; it is there only with"
                  + " different upper/lower case: \"all children finished\".");
    }

    @Test
    void partialMatchShowsWhereItStops() {
      OutputMatch result =
          match(MatchMode.CONTAINS, "All children finished", "x\nAll children crashed\n");

      assertThat(result.detail())
          .isEqualTo(
              "Expected to find \"All children finished\" in stdout. It has \"All children \" but"
                  + " then \"crashed\" where \"finished\" was expected.");
    }

    @Test
    void absentTextShowsTheStartOfTheOutput() {
      assertThat(match(MatchMode.CONTAINS, "pid", "hello\nworld").detail())
          .isEqualTo("Expected to find \"pid\" in stdout. The output begins: \"hello world\"");
    }
  }

  @Nested
  class Regex {
    @Test
    void findsAMatchAnywhereWithLineAnchors() {
      assertThat(
              match(
                      MatchMode.REGEX,
                      "^Child \\d+ exited with 0$",
                      "start\nChild 12 exited with 0\n")
                  .passed())
          .isTrue();
      assertThat(match(MatchMode.REGEX, "^exited$", "Child exited\r\n").passed()).isFalse();
    }

    @Test
    void failureNamesThePatternAndTheStream() {
      CheckSpec.Output onStderr =
          new CheckSpec.Output(
              "Errors", 1, null, MatchMode.REGEX, "Exception", null, OutputStream.STDERR, null);

      assertThat(OutputMatcher.match(onStderr, "warning\n").detail())
          .isEqualTo("No part of stderr matches /Exception/. The output begins: \"warning\"");
    }
  }

  @Nested
  class UnorderedLines {
    @Test
    void anyOrderAndSurroundingSpaceIsFine() {
      assertThat(match(MatchMode.UNORDERED_LINES, "A\nB\nC\n", "  C\nA\n\nB  \n").passed())
          .isTrue();
    }

    @Test
    void duplicatesMustMatchToo() {
      OutputMatch result = match(MatchMode.UNORDERED_LINES, "A\nB\n", "A\nA\nB\n");

      assertThat(result.passed()).isFalse();
      assertThat(result.detail())
          .isEqualTo(
              "Printed the wrong number of times: \"A\" 2x instead of 1x. (Line order does not"
                  + " matter here.)");
    }

    @Test
    void missingAndUnexpectedLinesAreListed() {
      assertThat(match(MatchMode.UNORDERED_LINES, "A\nB\nC\n", "C\nX\n").detail())
          .isEqualTo(
              "Missing 2 lines: \"A\", \"B\". Unexpected 1 line: \"X\". (Line order does not"
                  + " matter here.)");
    }
  }

  @Nested
  class TokensOnce {
    @Test
    void interleavedOutputStillCountsEachNumber() {
      OutputMatch result =
          OutputMatcher.match(tokens("1", "2", "3"), "Process 1Process 2\nProcess 3\n");

      assertThat(result.passed()).isTrue();
      assertThat(result.detail()).isEqualTo("Each of the 3 expected items appears exactly once.");
    }

    @Test
    void numbersInsideLongerNumbersDoNotCount() {
      OutputMatch result = OutputMatcher.match(tokens("1", "2"), "worker 12 done\nworker 2\n");

      assertThat(result.passed()).isFalse();
      assertThat(result.detail())
          .isEqualTo("Missing: \"1\". Each of \"1\", \"2\" should appear exactly once.");
    }

    @Test
    void repeatedTokensAreNamedWithTheirCount() {
      OutputMatch result =
          OutputMatcher.match(tokens("child 1", "child 2"), "child 1\nchild 2\nchild 2\n");

      assertThat(result.detail())
          .isEqualTo(
              "Appear more than once: \"child 2\" (2 times). Each of \"child 1\", \"child 2\""
                  + " should appear exactly once.");
    }

    @Test
    void wordsInsideLongerWordsDoNotCount() {
      assertThat(OutputMatcher.match(tokens("done"), "undone\n").passed()).isFalse();
      assertThat(OutputMatcher.match(tokens("done"), "[done]\n").passed()).isTrue();
    }
  }

  @Test
  void emptyOutputIsSaidPlainly() {
    assertThat(match(MatchMode.EXACT, "Hello\nWorld\n", "").detail())
        .isEqualTo("Nothing was printed on stdout. Expected output starting with \"Hello\".");
    assertThat(OutputMatcher.match(tokens("1", "2"), " \n").detail())
        .isEqualTo("Nothing was printed on stdout. Expected each of: \"1\", \"2\".");
  }

  @Test
  void detailsStayShortAndFreeOfControlCharactersWhateverTheOutput() {
    String flood = "\u001b[31m" + "spam ".repeat(100_000) + "\u0000";
    for (MatchMode mode : List.of(MatchMode.EXACT, MatchMode.CONTAINS, MatchMode.REGEX)) {
      OutputMatch result = match(mode, "expected line", flood);

      assertThat(result.passed()).isFalse();
      assertThat(result.detail().length()).isLessThanOrEqualTo(OutputMatcher.DETAIL_LIMIT + 30);
      assertThat(result.detail()).doesNotContain("\u001b").doesNotContain("\u0000");
    }
  }
}
