package dev.grader.formats;

import dev.grader.report.ClassSummary;
import dev.grader.report.ClassSummary.StudentTotal;
import dev.grader.report.QuestionStatus;
import dev.grader.report.Scores;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The class-wide parts of the HTML report, all drawn from the summary and the check tallies. */
final class ClassSections {
  private static final int WORST_CHECKS = 12;
  private static final String TOTAL = "total";

  private final Map<String, Template> templates;
  private final ClassSummary summary;
  private final Map<String, String> titles;

  /**
   * @param titles question titles by id, as found in the students' reports
   */
  ClassSections(Map<String, Template> templates, ClassSummary summary, Map<String, String> titles) {
    this.templates = templates;
    this.summary = summary;
    this.titles = titles;
  }

  Html stats() {
    List<Html> rows = new ArrayList<>();
    rows.add(statsRow("Total", totals(), summary.maxScore()));
    for (String question : summary.questionIds()) {
      rows.add(statsRow(question, scores(question), summary.questionMax().get(question)));
    }
    return templates.get("stats").render(Map.of("rows", Html.join(rows)));
  }

  private Html statsRow(String label, List<Double> scores, double possible) {
    Statistics stats = Statistics.of(scores);
    return templates
        .get("stats_row")
        .render(
            Map.of(
                "label", label,
                "mean", Scores.format(stats.mean()),
                "median", Scores.format(stats.median()),
                "min", Scores.format(stats.min()),
                "max", Scores.format(stats.max()),
                "possible", Scores.format(possible)));
  }

  /** A table of how many answers to each question ended in each status. */
  Html statuses() {
    Map<QuestionStatus, Map<String, Integer>> counts = new EnumMap<>(QuestionStatus.class);
    for (StudentTotal student : summary.students()) {
      student
          .statuses()
          .forEach(
              (question, status) ->
                  counts
                      .computeIfAbsent(status, s -> new HashMap<>())
                      .merge(question, 1, Integer::sum));
    }
    StringBuilder table =
        new StringBuilder("<table class=\"statuses\">\n<thead><tr><th>Status</th>");
    for (String question : summary.questionIds()) {
      table.append("<th>").append(Html.escape(question)).append("</th>");
    }
    table.append("</tr></thead>\n<tbody>\n");
    counts.forEach(
        (status, byQuestion) -> {
          table
              .append("<tr><th scope=\"row\" class=\"")
              .append(status.wireName())
              .append("\">")
              .append(Html.escape(status.inWords()))
              .append("</th>");
          for (String question : summary.questionIds()) {
            table
                .append("<td class=\"num\">")
                .append(byQuestion.getOrDefault(question, 0))
                .append("</td>");
          }
          table.append("</tr>\n");
        });
    return new Html(table.append("</tbody>\n</table>").toString());
  }

  Html charts() {
    List<Html> charts = new ArrayList<>();
    charts.add(chart(TOTAL, "All questions", totals(), summary.maxScore()));
    for (String question : summary.questionIds()) {
      charts.add(
          chart(
              question,
              titles.getOrDefault(question, ""),
              scores(question),
              summary.questionMax().get(question)));
    }
    return Html.join(charts);
  }

  private Html chart(String id, String title, List<Double> scores, double max) {
    return templates
        .get("chart")
        .render(
            Map.of(
                "id",
                id,
                "title",
                title,
                "label",
                "Score distribution of " + id + " out of " + Scores.format(max),
                "width",
                Histogram.WIDTH,
                "height",
                Histogram.HEIGHT,
                "bars",
                new Histogram(max, scores).bars()));
  }

  Html failures(CheckFailures failures) {
    List<CheckFailures.Tally> worst = failures.worst(WORST_CHECKS);
    if (worst.isEmpty()) {
      return new Html("<p>Every check was passed by every student who answered.</p>");
    }
    List<Html> rows = new ArrayList<>();
    for (CheckFailures.Tally tally : worst) {
      rows.add(
          templates
              .get("failure_row")
              .render(
                  Map.of(
                      "question", tally.question(),
                      "check", tally.check(),
                      "rate", String.format(Locale.ROOT, "%.4f", tally.rate()),
                      "failed", tally.failed(),
                      "answered", tally.answered(),
                      "meter", meter(tally.rate()),
                      "lost", Scores.format(tally.pointsLost()))));
    }
    return templates.get("failures").render(Map.of("rows", Html.join(rows)));
  }

  private static Html meter(double rate) {
    int width = (int) Math.round(rate * 100);
    return new Html(
        "<svg class=\"meter\" width=\"100\" height=\"10\" aria-hidden=\"true\">"
            + "<rect class=\"track\" width=\"100\" height=\"10\"/>"
            + "<rect width=\""
            + width
            + "\" height=\"10\"/></svg> "
            + width
            + "%");
  }

  /** The students, one row each, linked to their panels; cells carry numbers for sorting. */
  Html table() {
    StringBuilder table = new StringBuilder("<table>\n<thead><tr>");
    table.append("<th data-type=\"text\">Student</th><th data-type=\"number\">Total</th>");
    for (String question : summary.questionIds()) {
      table.append("<th data-type=\"number\">").append(Html.escape(question)).append("</th>");
    }
    table.append("</tr></thead>\n<tbody>\n");
    List<StudentTotal> students = summary.students();
    for (int i = 0; i < students.size(); i++) {
      StudentTotal student = students.get(i);
      table
          .append("<tr tabindex=\"0\" data-panel=\"")
          .append(StudentPanel.anchor(i))
          .append("\"><td><a href=\"#")
          .append(StudentPanel.anchor(i))
          .append("\">")
          .append(Html.escape(student.student()))
          .append("</a></td>");
      numberCell(table, student.score(), null);
      for (String question : summary.questionIds()) {
        Double points = student.questions().get(question);
        numberCell(table, points == null ? 0 : points, student.statuses().get(question));
      }
      table.append("</tr>\n");
    }
    return new Html(table.append("</tbody>\n</table>").toString());
  }

  private static void numberCell(StringBuilder table, double points, QuestionStatus status) {
    table.append("<td class=\"num");
    if (status != null) {
      table.append(' ').append(status.wireName());
    }
    table.append("\" data-value=\"").append(Scores.format(points)).append('"');
    if (status != null && status != QuestionStatus.GRADED) {
      table.append(" title=\"").append(Html.escape(status.inWords())).append('"');
    }
    table.append('>').append(Scores.format(points)).append("</td>");
  }

  private List<Double> totals() {
    return summary.students().stream().map(StudentTotal::score).toList();
  }

  private List<Double> scores(String question) {
    return summary.students().stream().map(s -> s.questions().getOrDefault(question, 0.0)).toList();
  }
}
