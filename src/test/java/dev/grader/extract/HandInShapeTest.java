package dev.grader.extract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.grader.submission.Submission;
import dev.grader.submission.SubmissionLoader;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class HandInShapeTest {
  private static Optional<String> shapeOf(String folder) {
    SubmissionLoader loader = new SubmissionLoader();
    Submission handIn = loader.load(loader.single(Path.of(folder)));
    return HandInShape.severalHandIns(handIn);
  }

  @Test
  void classFolderCheckedAsOneHandInIsNamedForWhatItIs() {
    assertThat(shapeOf("submissions-sample"))
        .hasValueSatisfying(
            warning ->
                assertThat(warning)
                    .startsWith(
                        "This hand-in holds several folders that each look like a whole hand-in"
                            + " (alice-model, bob-threads, carol-stdin and ")
                    .contains("it was graded as one")
                    .endsWith("(a class folder is graded with grader grade)."));
  }

  @Test
  void oneStudentsFolderIsOneHandIn() {
    assertThat(shapeOf("submissions-sample/alice-model")).isEmpty();
    assertThat(shapeOf("submissions-sample/grace-packages")).isEmpty();
  }

  @Test
  void foldersNamedForQuestionsArePartsOfOneHandIn() {
    assertThat(shapeOf("src/test/resources/extract/question-folders")).isEmpty();
    assertThat(shapeOf("src/test/resources/extract/headings")).isEmpty();
  }

  @Test
  void foldersAnsweringDifferentQuestionsArePartsOfOneHandIn() {
    // part1/Q1.java, part2/Q4.java, and test/Q1Test.java, a test and no answer.
    assertThat(shapeOf("src/test/resources/extract/part-folders")).isEmpty();
  }
}
