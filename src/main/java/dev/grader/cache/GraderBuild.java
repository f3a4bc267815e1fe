package dev.grader.cache;

import dev.grader.GraderException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Identifies the grader's own code, so a cached result is never served by a different build: the
 * size and modification time of its jar, or of each file of its class folder when run from a build.
 * Every build writes new files, so a rebuild is a new grader even when nothing changed; that costs
 * one regrade, never a wrong result, and spares hashing megabytes at every start.
 */
public final class GraderBuild {
  private GraderBuild() {}

  /** Computed once per process. */
  public static String fingerprint() {
    return Holder.FINGERPRINT;
  }

  /**
   * The folder of the grader's code (the jar's folder, or the class folder's parent), for files
   * derived from this build alone, when it is writable. The launcher removes such files ({@code
   * grader*.jsa}, {@code grader*.aot}, {@code grader-runner-*.jar}) there when they are older than
   * its jar.
   */
  public static Optional<Path> besideCode() {
    return Optional.ofNullable(codeLocation().toAbsolutePath().getParent())
        .filter(folder -> Files.isDirectory(folder) && Files.isWritable(folder));
  }

  private static final class Holder {
    static final String FINGERPRINT = compute();
  }

  private static String compute() {
    Path code = codeLocation();
    Fingerprint fingerprint = new Fingerprint().add(Runtime.version().toString());
    try {
      if (Files.isDirectory(code)) {
        List<Path> classes;
        try (Stream<Path> walk = Files.walk(code)) {
          classes = walk.filter(Files::isRegularFile).sorted().toList();
        }
        for (Path file : classes) {
          fingerprint.add(code.relativize(file).toString()).add(stamp(file));
        }
      } else {
        fingerprint.add(code.toString()).add(stamp(code));
      }
    } catch (IOException | UncheckedIOException e) {
      throw new GraderException(
          "cannot read the grader's own code at "
              + code
              + " to key its cache: "
              + e.getMessage()
              + "; run with --no-cache",
          e);
    }
    return fingerprint.hex();
  }

  private static String stamp(Path file) throws IOException {
    return Files.size(file) + "@" + Files.getLastModifiedTime(file).toMillis();
  }

  private static Path codeLocation() {
    CodeSource source = GraderBuild.class.getProtectionDomain().getCodeSource();
    try {
      return Path.of(source.getLocation().toURI());
    } catch (URISyntaxException | RuntimeException e) {
      throw new GraderException(
          "cannot tell where the grader's code is, to key its cache; run with --no-cache", e);
    }
  }
}
