package dev.grader.analysis;

import dev.grader.extract.JavaSource;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/** Student sources under {@code src/test/resources/analysis/}. */
final class Fixtures {
  private Fixtures() {}

  /** {@code search("processes/PbLocal.java")}: origins are the file names. */
  static CodeSearch search(String... files) {
    return CodeSearch.of(Arrays.stream(files).map(Fixtures::source).toList());
  }

  static JavaSource source(String file) {
    try {
      Path path = Path.of(Fixtures.class.getResource("/analysis/" + file).toURI());
      return new JavaSource(path.getFileName().toString(), 1, Files.readString(path));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  static List<JavaSource> sources(String... files) {
    return Arrays.stream(files).map(Fixtures::source).toList();
  }
}
