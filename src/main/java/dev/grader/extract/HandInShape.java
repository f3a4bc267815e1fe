package dev.grader.extract;

import dev.grader.submission.Submission;
import dev.grader.submission.SubmissionFile;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;

/**
 * Whether a hand-in looks like several: a self-check pointed at the class folder, or a student who
 * handed in other people's folders. Such a hand-in is still graded as one, answers picked from any
 * of its folders, so the student is told why the report mixes them.
 */
public final class HandInShape {
  private static final int NAMES_SHOWN = 3;

  private HandInShape() {}

  /**
   * A warning when two or more top-level folders each hold a file named for a question while the
   * hand-in's own top level holds none; folders named for a question ({@code q3/}) are parts of one
   * hand-in.
   */
  public static Optional<String> severalHandIns(Submission submission) {
    TreeSet<String> handInLike = new TreeSet<>();
    for (SubmissionFile file : submission.files()) {
      String path = file.path();
      boolean namedForQuestion = !QuestionNames.inName(QuestionNames.baseName(path)).isEmpty();
      int slash = path.indexOf('/');
      if (slash < 0) {
        if (namedForQuestion) {
          return Optional.empty();
        }
        continue;
      }
      String folder = path.substring(0, slash);
      if (namedForQuestion && QuestionNames.inName(folder).isEmpty()) {
        handInLike.add(folder);
      }
    }
    if (handInLike.size() < 2) {
      return Optional.empty();
    }
    List<String> names = List.copyOf(handInLike);
    String shown = String.join(", ", names.subList(0, Math.min(NAMES_SHOWN, names.size())));
    String more =
        names.size() > NAMES_SHOWN ? " and " + (names.size() - NAMES_SHOWN) + " more" : "";
    return Optional.of(
        "This hand-in holds several folders that each look like a whole hand-in ("
            + shown
            + more
            + "); it was graded as one, with answers taken from any of them. Hand in one"
            + " student's answers; to grade a class folder, use grader grade.");
  }
}
