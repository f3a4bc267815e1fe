package dev.grader.submission;

import java.nio.file.Path;
import java.util.Objects;

/**
 * Where one student's hand-in lives in the class folder.
 *
 * @param id the student's id: the folder name, or the zip name without {@code .zip}
 * @param path the folder or zip file
 * @param kind whether {@code path} is a folder or a zip
 */
public record SubmissionSource(String id, Path path, Kind kind) {
  /** The two shapes a hand-in can take. */
  public enum Kind {
    FOLDER,
    ZIP
  }

  public SubmissionSource {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(kind, "kind");
    if (id.isBlank()) {
      throw new IllegalArgumentException("a submission id must not be blank");
    }
  }
}
