package dev.grader.cache;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.grader.report.AtomicFiles;
import dev.grader.report.Json;
import dev.grader.report.QuestionReport;
import dev.grader.report.StudentReport;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Graded questions on disk, by content key (see {@link QuestionKeys}). A rerun serves unchanged
 * answers from here instead of compiling and running them again, and whole unchanged hand-ins
 * without even extracting their answers; a crashed or interrupted run is picked up where it
 * stopped. An unreadable entry is a miss, never an error: the question is simply graded again.
 */
public final class ResultCache {
  private static final ObjectMapper JSON = Json.mapper();

  private final Path dir;
  private final boolean reuse;
  private final AtomicInteger hits = new AtomicInteger();

  private ResultCache(Path dir, boolean reuse) {
    this.dir = dir;
    this.reuse = reuse;
  }

  /** A cache in {@code dir}, created on first write. */
  public static ResultCache in(Path dir) {
    return new ResultCache(dir, true);
  }

  /**
   * A cache in {@code dir} that serves nothing but stores every fresh result ({@code --no-cache}):
   * everything is graded again, and the next run can reuse it.
   */
  public static ResultCache refreshing(Path dir) {
    return new ResultCache(dir, false);
  }

  /** A cache that never holds anything. */
  public static ResultCache disabled() {
    return new ResultCache(null, false);
  }

  /** A graded question, by {@link QuestionKeys#key}. */
  public Optional<QuestionReport> question(String key) {
    Optional<QuestionReport> found = get(key, QuestionReport.class);
    found.ifPresent(report -> hits.incrementAndGet());
    return found;
  }

  /** Every graded question of an unchanged hand-in, by {@link QuestionKeys#studentKey}. */
  public Optional<StudentReport> student(String key) {
    Optional<StudentReport> found = get(key, StudentReport.class);
    found.ifPresent(report -> hits.addAndGet(report.questions().size()));
    return found;
  }

  private <T> Optional<T> get(String key, Class<T> type) {
    if (dir == null || !reuse) {
      return Optional.empty();
    }
    Path file = file(key);
    if (!Files.isRegularFile(file)) {
      return Optional.empty();
    }
    try {
      return Optional.of(JSON.readValue(file.toFile(), type));
    } catch (IOException | RuntimeException e) {
      return Optional.empty();
    }
  }

  /** Stores a graded question; a failure to store only costs a future regrade. */
  public void put(String key, Object report) {
    if (dir == null) {
      return;
    }
    try {
      AtomicFiles.write(file(key), JSON.writeValueAsBytes(report));
    } catch (IOException e) {
      // The cache is an optimisation: the report itself is written elsewhere.
    }
  }

  /** A folder for derived files keyed by content (such as compiled instructor tests), or empty. */
  public Optional<Path> folder(String name) {
    return Optional.ofNullable(dir).map(d -> d.resolve(name));
  }

  /**
   * A folder for files derived from the grader build alone (start-up archives, the test runner's
   * jar), whose names carry the build's fingerprint: beside the grader's code, where every run of
   * the build shares them ({@link GraderBuild#besideCode()}); this cache's folder {@code name}
   * where that is not writable.
   */
  public Optional<Path> buildFolder(String name) {
    return GraderBuild.besideCode().or(() -> folder(name));
  }

  /** Questions served from the cache so far. */
  public int hits() {
    return hits.get();
  }

  private Path file(String key) {
    return dir.resolve(key.substring(0, 2)).resolve(key + ".json");
  }
}
