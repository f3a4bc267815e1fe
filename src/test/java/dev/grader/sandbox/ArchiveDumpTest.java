package dev.grader.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class ArchiveDumpTest {
  @Test
  void aheadOfTimeCacheFromJdk25OnClassDataArchiveBefore() {
    assertThat(ArchiveDump.fastestFor(17)).isEqualTo(".jsa");
    assertThat(ArchiveDump.fastestFor(24)).isEqualTo(".jsa");
    assertThat(ArchiveDump.fastestFor(25)).isEqualTo(ArchiveDump.AOT_CACHE);
  }

  @Test
  void fileNameTellsWhichOptionsMapTheArchive() {
    Path cache = Path.of("build", "runner" + ArchiveDump.AOT_CACHE);
    Path archive = Path.of("build", "runner.jsa");

    assertThat(ArchiveDump.options(cache))
        .containsAll(ArchiveDump.QUIET)
        .contains("-Xlog:aot=off", "-XX:AOTCache=" + cache.toAbsolutePath())
        .noneMatch(option -> option.startsWith("-XX:SharedArchiveFile"));
    assertThat(ArchiveDump.options(archive))
        .containsAll(ArchiveDump.QUIET)
        .contains("-XX:SharedArchiveFile=" + archive.toAbsolutePath())
        .noneMatch(option -> option.contains("AOT") || option.contains("aot"));
  }
}
