package dev.grader.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import dev.grader.GradeOptions;
import dev.grader.Grader;
import dev.grader.report.ClassSummary;
import dev.grader.testing.Trees;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The README's own command names its folders relative to where it runs. */
class RelativePathsTest {
  @TempDir Path temp;

  @Test
  void classGradedIntoARelativeFolderGetsTheSameMarks() throws IOException {
    Trees.copy(Path.of("submissions-sample/alice-model"), temp.resolve("class/alice-model"));
    Path here = Path.of("").toAbsolutePath();
    Path relativeClass = here.relativize(temp.resolve("class"));
    Path relativeOut = here.relativize(temp.resolve("reports"));

    ClassSummary summary =
        Grader.grade(GradeOptions.forClass(relativeClass, Path.of("rubrics"), relativeOut));

    assertThat(relativeOut.isAbsolute()).isFalse();
    assertThat(summary.students())
        .singleElement()
        .satisfies(s -> assertThat(s.score()).isEqualTo(60));
    assertThat(temp.resolve("reports/alice-model.json")).isRegularFile();
  }
}
