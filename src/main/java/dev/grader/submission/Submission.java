package dev.grader.submission;

import java.util.List;
import java.util.Objects;

/**
 * One student's hand-in, loaded from a folder or a safely unpacked zip.
 *
 * @param id the student's id (folder name, or zip name without {@code .zip})
 * @param files the text files found, in a stable order (sorted by path)
 * @param warnings problems met while loading (skipped binary files, unsafe zip entries...), worded
 *     for the student; loading never fails because of the student's content
 */
public record Submission(String id, List<SubmissionFile> files, List<String> warnings) {
  public Submission {
    Objects.requireNonNull(id, "id");
    files = List.copyOf(files);
    warnings = List.copyOf(warnings);
  }
}
