package dev.grader.cache;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class GraderBuildTest {
  @Test
  void derivedFilesGoBesideTheBuildsClassFolder() {
    // The tests run from the build's class folder, target/classes.
    assertThat(GraderBuild.besideCode()).contains(Path.of("target").toAbsolutePath());
  }

  @Test
  void fingerprintIsStableWithinARunAndNamesNoPath() {
    assertThat(GraderBuild.fingerprint())
        .isEqualTo(GraderBuild.fingerprint())
        .matches("[0-9a-f]{64}");
  }
}
