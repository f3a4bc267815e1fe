package dev.grader.extract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.grader.submission.Submission;
import dev.grader.submission.SubmissionFile;
import dev.grader.submission.SubmissionLoader;
import dev.grader.submission.SubmissionSource;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class AnswerExtractorTest {
  private static final Path FIXTURES = Path.of("src/test/resources/extract");
  private static final List<QuestionRef> SIX_QUESTIONS =
      List.of(
          new QuestionRef("q1", 1, true),
          new QuestionRef("q2", 2, true),
          new QuestionRef("q3", 3, true),
          new QuestionRef("q4", 4, true),
          new QuestionRef("q5", 5, false),
          new QuestionRef("q6", 6, false));

  private final AnswerExtractor extractor = new AnswerExtractor();

  private static Submission load(Path folder) {
    return new SubmissionLoader()
        .load(new SubmissionSource("student", folder, SubmissionSource.Kind.FOLDER));
  }

  private Map<String, Answer> extract(String scenario) {
    return extractor.extract(load(FIXTURES.resolve(scenario)), SIX_QUESTIONS);
  }

  private static Answer.Code code(Answer answer) {
    assertThat(answer).isInstanceOf(Answer.Code.class);
    return (Answer.Code) answer;
  }

  private static List<String> origins(Answer answer) {
    return code(answer).sources().stream().map(JavaSource::origin).toList();
  }

  @Test
  void flatFilesAreFoundByNameWithTheirHelpersTransitively() {
    Map<String, Answer> answers = extract("flat-files");

    assertThat(answers).containsOnlyKeys("q1", "q2", "q3", "q4", "q5", "q6");
    assertThat(origins(answers.get("q1"))).containsExactly("Q1.java");
    assertThat(code(answers.get("q1")).mainClass()).isEqualTo("Q1");
    assertThat(answers.get("q1").foundIn()).isEqualTo("class Q1 in Q1.java");
    assertThat(origins(answers.get("q2")))
        .containsExactly("Q2Process.java", "Worker.java", "Log.java");
    assertThat(code(answers.get("q2")).mainClass()).isEqualTo("Q2Process");
    assertThat(answers.get("q2").foundIn()).isEqualTo("class Q2Process in Q2Process.java");
    assertThat(code(answers.get("q2")).sources().get(0).content())
        .isEqualTo(read("flat-files/Q2Process.java"));
  }

  @Test
  void questionNumberIsBoundedSoQ30IsNotQ3() {
    Map<String, Answer> answers = extract("flat-files");

    assertThat(origins(answers.get("q3"))).containsExactly("question_3.java");
    assertThat(code(answers.get("q3")).mainClass()).isEqualTo("Summer");
    assertThat(answers.get("q4"))
        .isEqualTo(
            new Answer.Missing(
                "no Java class or file named like Q4/Question4/Problem4, no '// Q4' marker, and no"
                    + " Q4 heading with a code block in a .md/.txt file"));
  }

  @Test
  void textAnswersComeFromFilesNamedForTheQuestion() {
    Map<String, Answer> answers = extract("flat-files");

    assertThat(answers.get("q5"))
        .isEqualTo(
            new Answer.Text(
                "A process has its own address space; threads of one process share it.", "Q5.md"));
    assertThat(answers.get("q6"))
        .isEqualTo(
            new Answer.Text(
                "A race condition happens when the result depends on the timing of threads.",
                "q6_answer.txt"));
  }

  @Test
  void packagesFoldersAndHelpersOfAMavenLayoutAreResolved() {
    Map<String, Answer> answers = extract("maven-layout");
    String root = "src/main/java/dev/alice/";

    assertThat(origins(answers.get("q1")))
        .containsExactly(root + "q1/Main.java", root + "q1/Counter.java");
    assertThat(code(answers.get("q1")).mainClass()).isEqualTo("dev.alice.q1.Main");
    assertThat(answers.get("q1").foundIn()).isEqualTo(root + "q1/Main.java (folder q1)");
    assertThat(origins(answers.get("q2")))
        .containsExactly(root + "ProducerConsumerQ2.java", root + "common/Buffer.java");
    assertThat(code(answers.get("q2")).mainClass()).isEqualTo("dev.alice.ProducerConsumerQ2");
    assertThat(answers.get("q3")).isInstanceOf(Answer.Missing.class);
  }

  @Test
  void theClassWithMainLeadsAndTheClassesItUsesFollow() {
    Map<String, Answer> answers = extract("maven-layout");
    String root = "src/main/java/dev/alice/q4/";

    assertThat(origins(answers.get("q4")))
        .containsExactly(root + "Launcher.java", root + "Pool.java");
    assertThat(code(answers.get("q4")).mainClass()).isEqualTo("dev.alice.q4.Launcher");
  }

  @Test
  void fencedCodeUnderAHeadingAnswersItsCodeQuestion() {
    Map<String, Answer> answers = extract("markdown-all");

    Answer.Code q1 = code(answers.get("q1"));
    assertThat(q1.sources())
        .containsExactly(
            new JavaSource(
                "answers.md:10",
                10,
                """
                public class Main {
                  public static void main(String[] args) throws InterruptedException {
                    Thread t = new Thread(() -> System.out.println("hi"));
                    t.start();
                    t.join();
                  }
                }
                """));
    assertThat(q1.mainClass()).isEqualTo("Main");
    assertThat(q1.foundIn()).isEqualTo("answers.md:10, code block under 'Q1'");
  }

  @Test
  void everyJavaBlockOfTheSectionIsASourceButOutputBlocksAreNot() {
    Map<String, Answer> answers = extract("markdown-all");

    Answer.Code q2 = code(answers.get("q2"));
    assertThat(q2.sources())
        .extracting(JavaSource::origin)
        .containsExactly("answers.md:28", "answers.md:35");
    assertThat(q2.sources().get(0).content()).startsWith("class Buffer {");
    assertThat(q2.mainClass()).isEqualTo("ProducerConsumer");
  }

  @Test
  void aCodeHeadingWithoutCodeAndAnEmptyTextHeadingAreMissingWithTheReason() {
    Map<String, Answer> answers = extract("markdown-all");

    assertThat(answers.get("q3"))
        .isEqualTo(
            new Answer.Missing(
                "heading 'Q3' found in answers.md but no Java code block under it; no Java class or"
                    + " file named like Q3/Question3/Problem3 and no '// Q3' marker"));
    assertThat(answers.get("q5"))
        .isEqualTo(
            new Answer.Text(
                """
                A process owns its memory; threads share the memory of their process.

                - threads are cheaper to create
                - processes are isolated""",
                "answers.md, under 'Q5'"));
    assertThat(answers.get("q6"))
        .isEqualTo(new Answer.Missing("heading 'Q6' found in answers.md but nothing under it"));
  }

  @Test
  void markedClassesOfOneFileEachAnswerTheirQuestion() {
    Map<String, Answer> answers = extract("markers");

    Answer.Code q1 = code(answers.get("q1"));
    assertThat(origins(q1)).containsExactly("Solutions.java", "Util.java");
    assertThat(q1.mainClass()).isEqualTo("demo.Counter");
    assertThat(q1.foundIn()).isEqualTo("Solutions.java, after the comment 'Q1'");
    String q1Source = q1.sources().get(0).content();
    assertThat(q1Source)
        .contains("package demo;", "import java.util.concurrent.atomic.AtomicInteger;")
        .contains("class Counter")
        .doesNotContain("class Pinger", "class Ponger");
    assertThat(q1Source.lines().count())
        .as("line numbers still match the student's file")
        .isEqualTo(read("markers/Solutions.java").lines().count());

    Answer.Code q2 = code(answers.get("q2"));
    assertThat(origins(q2)).containsExactly("Solutions.java");
    assertThat(q2.mainClass()).isEqualTo("demo.Pinger");
    assertThat(q2.sources().get(0).content())
        .contains("class Pinger", "class Ponger")
        .doesNotContain("class Counter");
  }

  @Test
  void aHeaderCommentOrJavadocMarkerTakesTheWholeFile() {
    Map<String, Answer> answers = extract("markers");

    assertThat(origins(answers.get("q3"))).containsExactly("Task.java");
    assertThat(code(answers.get("q3")).mainClass()).isEqualTo("demo.Task");
    assertThat(answers.get("q3").foundIn())
        .isEqualTo("Task.java, after the comment 'Problem 3: sum of squares'");
    assertThat(origins(answers.get("q4"))).containsExactly("Deadlock.java");
  }

  @Test
  void syntaxErrorInOneAnswerDoesNotCostTheOthers() {
    Map<String, Answer> answers = extract("syntax-error");

    assertThat(origins(answers.get("q1"))).containsExactly("Q1.java");
    assertThat(code(answers.get("q1")).mainClass()).isEqualTo("Q1");
    assertThat(origins(answers.get("q2"))).containsExactly("Q2.java");
    assertThat(code(answers.get("q2")).mainClass()).isEqualTo("Q2");
    assertThat(origins(answers.get("q3")))
        .as("a broken file is still found by its marker")
        .containsExactly("Helper.java");
    assertThat(code(answers.get("q3")).mainClass()).isNull();
  }

  @Test
  void lectureNotesAndAReadmeAnswerNothing() {
    Map<String, Answer> answers = extract("lecture-notes");

    assertThat(answers.values()).allMatch(a -> a instanceof Answer.Missing);
    assertThat(answers.get("q5").foundIn())
        .isEqualTo(
            "no file named like Q5.md/Question5.txt and no Q5 heading (such as '## Q5',"
                + " 'Question 5:' or '5.') in a .md/.txt file");
  }

  @Test
  void anEmptySubmissionAnswersNothing(@TempDir Path empty) {
    Map<String, Answer> answers = extractor.extract(load(empty), SIX_QUESTIONS);

    assertThat(answers).hasSize(6);
    assertThat(answers.values()).allMatch(a -> a instanceof Answer.Missing);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "atx-q",
        "atx-question",
        "atx-with-question-text",
        "q-dot",
        "q-paren",
        "q-colon",
        "question-colon",
        "qno-dash",
        "qno-dot",
        "bold",
        "bold-with-question-text",
        "numbered-dot",
        "numbered-paren",
        "setext",
        "same-line",
        "crlf"
      })
  void everyCommonHeadingStyleSplitsTextAnswers(String style) {
    List<QuestionRef> questions =
        List.of(new QuestionRef("q1", 1, false), new QuestionRef("q2", 2, false));

    Map<String, Answer> answers =
        extractor.extract(load(FIXTURES.resolve("headings").resolve(style)), questions);

    assertThat(answers.get("q1")).extracting(Answer::foundIn).asString().startsWith("answers.");
    assertThat(answers.get("q1")).extracting("text").isEqualTo("Threads share memory.");
    assertThat(answers.get("q2")).extracting("text").isEqualTo("Processes share nothing.");
  }

  @Test
  void numberedLinesCountAsHeadingsOnlyWhenSequential() {
    Submission listInside =
        new Submission(
            "s",
            List.of(
                new SubmissionFile(
                    "answers.txt", "1. Threads.\n2. Processes.\n1) first point\n3. Third.\n")),
            List.of());

    Map<String, Answer> answers =
        extractor.extract(listInside, List.of(new QuestionRef("q1", 1, false)));

    assertThat(answers.get("q1")).isInstanceOf(Answer.Missing.class);
  }

  @Test
  void theLongestOfRepeatedHeadingsIsTheAnswerNotTheQuestionList() {
    Submission questionsThenAnswers =
        new Submission(
            "s",
            List.of(
                new SubmissionFile(
                    "answers.md",
                    "Q1: What is a thread?\nQ2: What is a process?\n\n"
                        + "## Q1\nA thread is a path of execution inside a process.\n")),
            List.of());

    Map<String, Answer> answers =
        extractor.extract(questionsThenAnswers, List.of(new QuestionRef("q1", 1, false)));

    assertThat(answers.get("q1"))
        .isEqualTo(
            new Answer.Text(
                "A thread is a path of execution inside a process.", "answers.md, under 'Q1'"));
  }

  @Test
  void extractingAWholeSubmissionTakesMilliseconds() {
    Submission submission = load(FIXTURES.resolve("maven-layout"));
    extractor.extract(submission, SIX_QUESTIONS); // warm up the parser classes

    long start = System.nanoTime();
    for (int i = 0; i < 20; i++) {
      extractor.extract(submission, SIX_QUESTIONS);
    }
    long perRunMillis = (System.nanoTime() - start) / 20 / 1_000_000;

    assertThat(perRunMillis).isLessThan(50);
  }

  private static String read(String fixture) {
    try {
      return Files.readString(FIXTURES.resolve(fixture));
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
