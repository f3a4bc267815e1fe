package dev.grader.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ConceptMatcherTest {
  private static final ConceptMatcher MATCHER = new ConceptMatcher();

  static String answer(String name) throws IOException, URISyntaxException {
    return Files.readString(Path.of(ConceptMatcherTest.class.getResource("/text/" + name).toURI()));
  }

  @ParameterizedTest
  @CsvSource({
    "process isolation, Processes are isolated",
    "multiple cpu, multiple CPUs",
    "core, cores",
    "run in parallel, run in parallel",
    "share memory, share the heap",
    "synchronization, synchronized",
    "address space, address space",
    "crash, crash",
  })
  void phraseMatchesInflectedWordsAndReportsTheStudentsWords(String phrase, String quote)
      throws Exception {
    String text = answer("q4-processes-vs-threads.txt");
    List<String> phrases =
        switch (phrase) {
          case "process isolation" -> List.of("process isolation", "processes are isolated");
          case "share memory" -> List.of("share memory", "share the heap");
          default -> List.of(phrase);
        };

    assertThat(MATCHER.find(phrases, text)).map(ConceptHit::quote).contains(quote);
  }

  @Test
  void isolatedAndIsolationShareAStem() {
    assertThat(MATCHER.find(List.of("isolation"), "each child is isolated")).isPresent();
    assertThat(MATCHER.find(List.of("isolated"), "gives isolation")).isPresent();
  }

  @Test
  void verbFormsMatch() {
    assertThat(MATCHER.find(List.of("processes running in parallel"), "a process runs in parallel"))
        .map(ConceptHit::quote)
        .contains("process runs in parallel");
  }

  @Test
  void punctuationAndLineBreaksBetweenWordsAreSkipped() {
    assertThat(MATCHER.find(List.of("multiple cores"), "uses multiple,\n  (cores)"))
        .map(ConceptHit::quote)
        .contains("multiple, (cores");
  }

  @Test
  void wordsMustBeAdjacent() {
    assertThat(MATCHER.find(List.of("run parallel"), "they run in parallel")).isEmpty();
  }

  @Test
  void partsOfWordsDoNotMatch() {
    assertThat(MATCHER.find(List.of("core"), "the hardcore approach")).isEmpty();
    assertThat(MATCHER.find(List.of("thread"), "a threadpool")).isEmpty();
  }

  @Test
  void spellingVariantsAreNotJoinedByStemming() {
    assertThat(MATCHER.find(List.of("synchronization"), "needs synchronisation")).isEmpty();
  }

  @Test
  void stemmingHasLimitsThatPhrasesMustCover() {
    assertThat(MATCHER.find(List.of("parallelism"), "I parallelised nothing")).isEmpty();
  }

  @Test
  void firstPhraseInRubricOrderWins() {
    assertThat(MATCHER.find(List.of("heap", "threads"), "Threads share the heap"))
        .map(ConceptHit::phrase)
        .contains("heap");
  }

  @Test
  void offTopicAnswerMentionsNoneOfThePhrases() throws Exception {
    assertThat(
            MATCHER.find(
                List.of("isolation", "own address space", "multiple cores"),
                answer("q4-off-topic.txt")))
        .isEmpty();
  }

  @Test
  void emptyPhrasesAndAnswersFindNothing() {
    assertThat(MATCHER.find(List.of("?!"), "?!")).isEmpty();
    assertThat(MATCHER.find(List.of("process"), "")).isEmpty();
  }

  @Test
  void oneMatcherServesManyThreads() throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<Boolean>> results =
          IntStream.range(0, 200)
              .mapToObj(
                  i ->
                      pool.submit(
                          () ->
                              MATCHER
                                  .find(List.of("core " + i), "with core " + i + " busy")
                                  .isPresent()))
              .toList();
      for (Future<Boolean> result : results) {
        assertThat(result.get()).isTrue();
      }
    } finally {
      pool.shutdownNow();
    }
  }
}
