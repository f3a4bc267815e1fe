package dev.grader.terminal;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.grader.output.OutputMatch;
import dev.grader.output.OutputMatcher;
import dev.grader.report.CheckResult;
import dev.grader.report.Json;
import dev.grader.report.QuestionReport;
import dev.grader.report.QuestionStatus;
import dev.grader.report.StudentReport;
import dev.grader.rubric.CheckSpec;
import dev.grader.rubric.MatchMode;
import dev.grader.rubric.Visibility;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Renders real student reports ({@code src/test/resources/terminal/<student>.json}) and compares
 * them with {@code <student>.txt}. Run with {@code -Dgrader.updateGolden=true} to rewrite the text
 * files after a deliberate change, then review the diff.
 */
class TextReportTest {
  private static final Path DIR = Path.of("src/test/resources/terminal");

  static Stream<String> students() throws IOException {
    try (Stream<Path> files = Files.list(DIR)) {
      return files
          .map(f -> f.getFileName().toString())
          .filter(n -> n.endsWith(".json"))
          .map(n -> n.substring(0, n.length() - 5))
          .sorted()
          .toList()
          .stream();
    }
  }

  /** A report as the grader wrote it; empty lists are left out of the file, so put back. */
  static StudentReport read(String student) throws IOException {
    ObjectNode json = (ObjectNode) Json.mapper().readTree(DIR.resolve(student + ".json").toFile());
    json.withArray("warnings");
    return Json.mapper().treeToValue(json, StudentReport.class);
  }

  @ParameterizedTest
  @MethodSource("students")
  void studentViewRendersAsItsGoldenText(String student) throws IOException {
    String text = new TextReport(Style.PLAIN).render(StudentView.of(read(student), false));
    Path expected = DIR.resolve(student + ".txt");
    if (Boolean.getBoolean("grader.updateGolden")) {
      Files.writeString(expected, text);
    }
    assertThat(text).isEqualTo(Files.readString(expected));
  }

  @Test
  void plainTextHasNoEscapeCodesAndColourHasThem() throws IOException {
    StudentReport report = StudentView.of(read("bob-threads"), false);

    assertThat(new TextReport(Style.PLAIN).render(report)).doesNotContain("\u001b[");
    assertThat(new TextReport(new Style(true, true)).render(report))
        .contains("\u001b[32m✓\u001b[0m")
        .contains("\u001b[31m✗\u001b[0m");
  }

  @Test
  void failedOutputCheckShowsTheFirstDifferenceAndWhatWasPrinted() throws IOException {
    String text =
        new TextReport(Style.PLAIN).render(StudentView.of(read("heidi-interleaved"), false));

    assertThat(text).contains("✗ Prints four different numbers").contains("Your program printed:");
  }

  @Test
  void hiddenChecksShowOnlyTheirCountAndPoints() throws IOException {
    String text = new TextReport(Style.PLAIN).render(StudentView.of(read("bob-threads"), false));

    assertThat(text)
        .doesNotContain("runsWorkOnPoolThreads")
        .contains("+ 1 hidden check worth 2 points")
        .contains("1 hidden check holds 2 more points");
  }

  @Test
  void longFeedbackWrapsButDiffLinesStayWhole() {
    String diff = "Line 1 differs:\n  expected: \"" + "a".repeat(90) + "\"";

    assertThat(TextReport.wrap("word ".repeat(30).strip(), 40)).allMatch(l -> l.length() <= 40);
    assertThat(TextReport.wrap(diff, 40)).containsExactly(diff.split("\n"));
  }

  @Test
  void whitespaceOnlyDifferenceIsNamedAndTheCaretPointsAtIt() {
    CheckSpec.Output spec =
        new CheckSpec.Output(
            "Prints a table", 2, null, MatchMode.EXACT, "a b\nc\n", null, null, null);
    String printed = "a  b\nc\n";
    OutputMatch match = OutputMatcher.match(spec, printed);
    CheckResult check =
        new CheckResult(
            spec.name(), 0, 2, match.detail(), Visibility.VISIBLE, spec.expected(), printed);
    StudentReport report =
        StudentReport.of(
            "ann",
            "unsandboxed",
            List.of(),
            List.of(
                new QuestionReport(
                    "q1",
                    "Table",
                    0,
                    2,
                    QuestionStatus.GRADED,
                    null,
                    List.of(check),
                    null,
                    null,
                    null)));

    String text = new TextReport(Style.PLAIN).render(report);

    assertThat(text)
        .contains(
            "    Only white space differs. Line 1 differs:\n      expected: \"a b\"\n      actual:   \"a  b\"\n")
        .contains("^ column 3")
        .contains("    | a  b\n");
  }
}
