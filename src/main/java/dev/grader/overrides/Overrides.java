package dev.grader.overrides;

import dev.grader.GraderException;
import dev.grader.report.QuestionReport;
import dev.grader.report.ScoreOverride;
import dev.grader.report.StudentReport;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * Manual score changes applied to reports after grading, each recorded on its question with the
 * original score and the reason. Immutable, so students graded in parallel share it.
 */
public final class Overrides {
  public static final Overrides NONE = new Overrides(List.of());

  private final List<OverrideEntry> entries;

  public Overrides(List<OverrideEntry> entries) {
    this.entries = List.copyOf(entries);
  }

  public List<OverrideEntry> entries() {
    return entries;
  }

  /** The report with this student's overrides applied, in file order, and totals recomputed. */
  public StudentReport apply(StudentReport report) {
    if (entries.stream().noneMatch(e -> e.student().equals(report.student()))) {
      return report;
    }
    List<QuestionReport> questions = new ArrayList<>();
    for (QuestionReport question : report.questions()) {
      QuestionReport changed = question;
      for (OverrideEntry entry : entries) {
        if (entry.student().equals(report.student()) && entry.question().equals(question.id())) {
          double score = entry.applyTo(changed.score(), changed.maxScore());
          changed =
              changed.withOverride(
                  new ScoreOverride(changed.score(), score, entry.reason(), entry.source()));
        }
      }
      questions.add(changed);
    }
    return StudentReport.of(report.student(), report.isolation(), report.warnings(), questions);
  }

  /** Stops on an entry for a student not in the class: usually a misspelt id. */
  public void requireStudents(Collection<String> students) {
    for (OverrideEntry entry : entries) {
      if (!students.contains(entry.student())) {
        throw new GraderException(
            entry.source()
                + ": no student '"
                + entry.student()
                + "' among the submissions (the id is the folder or zip name)");
      }
    }
  }
}
