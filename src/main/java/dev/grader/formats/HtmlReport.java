package dev.grader.formats;

import dev.grader.report.ClassSummary;
import dev.grader.report.QuestionReport;
import dev.grader.report.Scores;
import dev.grader.report.StudentReport;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

/**
 * {@code index.html}: the class at a glance in one file that opens without a network. Students'
 * panels are written to a temporary file as their reports stream past, then the page is put
 * together around them, so memory holds one student at a time. A Content-Security-Policy lets only
 * the page's own script run, should any student text ever slip past escaping.
 */
final class HtmlReport implements FormatWriter {
  private static final Map<String, Template> TEMPLATES = Template.loadAll("report.html");
  private static final String CSS = resource("report.css");
  private static final String SCRIPT = resource("report.js");

  private final Path file;
  private final ClassSummary summary;
  private final Path panelsFile;
  private final Writer panels;
  private final StudentPanel panel = new StudentPanel(TEMPLATES);
  private final CheckFailures failures = new CheckFailures();
  private final Map<String, String> titles = new HashMap<>();

  HtmlReport(Path file, ClassSummary summary) throws IOException {
    this.file = file;
    this.summary = summary;
    Path dir = file.toAbsolutePath().getParent();
    Files.createDirectories(dir);
    this.panelsFile = Files.createTempFile(dir, ".index-panels", ".tmp");
    this.panels = Files.newBufferedWriter(panelsFile, StandardCharsets.UTF_8);
  }

  @Override
  public void student(int index, StudentReport report) throws IOException {
    failures.add(report);
    for (QuestionReport question : report.questions()) {
      if (question.title() != null) {
        titles.putIfAbsent(question.id(), question.title());
      }
    }
    panel.write(panels, index, report);
  }

  @Override
  public Path finish() throws IOException {
    panels.close();
    ClassSections sections = new ClassSections(TEMPLATES, summary, titles);
    Path page = Files.createTempFile(file.toAbsolutePath().getParent(), ".index", ".tmp");
    try {
      try (BufferedWriter out = Files.newBufferedWriter(page, StandardCharsets.UTF_8)) {
        TEMPLATES
            .get("page")
            .render(
                out,
                Map.ofEntries(
                    Map.entry("script_hash", "sha256-" + sha256(SCRIPT)),
                    Map.entry("css", new Html(CSS)),
                    Map.entry("script", new Html(SCRIPT)),
                    Map.entry("students", summary.students().size()),
                    Map.entry("max", Scores.format(summary.maxScore())),
                    Map.entry("isolation", summary.isolation()),
                    Map.entry("wall", wall(summary.timings().wallMs())),
                    Map.entry("stats", sections.stats()),
                    Map.entry("statuses", sections.statuses()),
                    Map.entry("charts", sections.charts()),
                    Map.entry("failures", sections.failures(failures)),
                    Map.entry("table", sections.table()),
                    Map.entry("panels", (Template.Fragment) this::copyPanels)));
      }
      move(page, file);
    } finally {
      Files.deleteIfExists(page);
    }
    return file;
  }

  @Override
  public void close() throws IOException {
    panels.close();
    Files.deleteIfExists(panelsFile);
  }

  private void copyPanels(Writer out) throws IOException {
    try (Reader in = Files.newBufferedReader(panelsFile, StandardCharsets.UTF_8)) {
      in.transferTo(out);
    }
  }

  private static void move(Path from, Path to) throws IOException {
    try {
      Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
    }
  }

  private static String wall(long millis) {
    Duration time = Duration.ofMillis(millis);
    return time.toMinutes() > 0
        ? time.toMinutes() + " min " + time.toSecondsPart() + " s"
        : time.toSeconds() + " s";
  }

  private static String sha256(String text) {
    try {
      return Base64.getEncoder()
          .encodeToString(
              MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JDK has SHA-256", e);
    }
  }

  private static String resource(String name) {
    try (InputStream in = HtmlReport.class.getResourceAsStream(name)) {
      Objects.requireNonNull(in, name);
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
