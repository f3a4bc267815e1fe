package dev.grader.extract;

import dev.grader.ShortList;
import dev.grader.submission.Submission;
import dev.grader.submission.SubmissionFile;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
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
   * A warning when two or more top-level folders each hold an answer to the same question (a file
   * named for it, tests aside) while the hand-in's own top level holds none; folders named for a
   * question ({@code q3/}) are parts of one hand-in, and folders answering different questions
   * ({@code part1/}, {@code part2/}) too.
   */
  public static Optional<String> severalHandIns(Submission submission) {
    Map<Integer, Set<String>> foldersByQuestion = new HashMap<>();
    for (SubmissionFile file : submission.files()) {
      String path = file.path();
      String base = QuestionNames.baseName(path);
      if (base.endsWith("Test") || base.endsWith("Tests")) {
        continue;
      }
      Set<Integer> questions = QuestionNames.inName(base);
      int slash = path.indexOf('/');
      if (slash < 0) {
        if (!questions.isEmpty()) {
          return Optional.empty();
        }
        continue;
      }
      String folder = path.substring(0, slash);
      if (QuestionNames.inName(folder).isEmpty()) {
        questions.forEach(
            number -> foldersByQuestion.computeIfAbsent(number, n -> new TreeSet<>()).add(folder));
      }
    }
    TreeSet<String> handInLike = new TreeSet<>();
    foldersByQuestion.values().stream()
        .filter(folders -> folders.size() >= 2)
        .forEach(handInLike::addAll);
    if (handInLike.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(
        "This hand-in holds several folders that each look like a whole hand-in ("
            + ShortList.of(List.copyOf(handInLike), NAMES_SHOWN)
            + "); it was graded as one, with each answer taken from one of them. Hand in one"
            + " set of answers (a class folder is graded with grader grade).");
  }
}
