package dev.grader.formats;

import dev.grader.report.CheckResult;
import dev.grader.report.QuestionReport;
import dev.grader.report.QuestionStatus;
import dev.grader.report.StudentReport;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Counts, over the class, how often each check was failed by students who answered its question.
 * Unanswered questions are left out: a missing answer fails every check and says nothing about what
 * was misunderstood.
 */
final class CheckFailures {
  /** One check's tally. */
  record Tally(String question, String check, int answered, int failed, double pointsLost) {
    double rate() {
      return answered == 0 ? 0 : (double) failed / answered;
    }
  }

  private final Map<List<String>, Tally> tallies = new LinkedHashMap<>();

  void add(StudentReport report) {
    for (QuestionReport question : report.questions()) {
      if (question.status() == QuestionStatus.NOT_FOUND) {
        continue;
      }
      for (CheckResult check : question.checks()) {
        List<String> key = List.of(question.id(), check.name());
        Tally old = tallies.getOrDefault(key, new Tally(question.id(), check.name(), 0, 0, 0));
        boolean failed = !check.passed();
        tallies.put(
            key,
            new Tally(
                old.question(),
                old.check(),
                old.answered() + 1,
                old.failed() + (failed ? 1 : 0),
                old.pointsLost() + check.maxScore() - check.score()));
      }
    }
  }

  /**
   * The most failed checks first, ties broken by points lost; checks nobody failed are left out.
   */
  List<Tally> worst(int limit) {
    return tallies.values().stream()
        .filter(t -> t.failed() > 0)
        .sorted(
            Comparator.comparingDouble(Tally::rate)
                .thenComparingDouble(Tally::pointsLost)
                .reversed())
        .limit(limit)
        .toList();
  }
}
