package dev.grader.formats;

import dev.grader.report.AtomicFiles;
import dev.grader.report.CheckResult;
import dev.grader.report.FileNames;
import dev.grader.report.QuestionReport;
import dev.grader.report.QuestionStatus;
import dev.grader.report.RunReport;
import dev.grader.report.Scores;
import dev.grader.report.StageTimings;
import dev.grader.report.StudentReport;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * {@code junit/<student>.xml} in the JUnit XML dialect CI servers read: a {@code testsuites} per
 * student, a {@code testsuite} per question ({@code <student>.<question>}) and a {@code testcase}
 * per check. A check short of full marks is a {@code failure} whose message gives the points and
 * whose body the feedback. Hidden checks are included: this output is for instructors and CI.
 */
final class JUnitXml implements FormatWriter {
  private static final String CHECK_FAILED = "check_failed";
  private static final int MESSAGE_LENGTH = 160;

  private final Path dir;
  private final XMLOutputFactory factory = XMLOutputFactory.newFactory();

  JUnitXml(Path dir) throws IOException {
    this.dir = Files.createDirectories(dir);
  }

  @Override
  public void student(int index, StudentReport report) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try {
      XMLStreamWriter xml =
          XMLOutputFactory.newFactory().createXMLStreamWriter(bytes, StandardCharsets.UTF_8.name());
      new Document(xml).write(report);
      xml.close();
    } catch (XMLStreamException e) {
      throw new IOException("cannot write the JUnit XML of " + report.student(), e);
    }
    AtomicFiles.write(dir.resolve(FileNames.safe(report.student()) + ".xml"), bytes.toByteArray());
  }

  @Override
  public Path finish() {
    return dir;
  }

  /** One student's document, written element by element. */
  private record Document(XMLStreamWriter xml) {
    void write(StudentReport report) throws XMLStreamException {
      xml.writeStartDocument(StandardCharsets.UTF_8.name(), "1.0");
      newline(0);
      xml.writeStartElement("testsuites");
      attribute("name", report.student());
      attribute("tests", report.questions().stream().mapToInt(q -> q.checks().size()).sum());
      attribute("failures", report.questions().stream().mapToLong(Document::failures).sum());
      attribute("errors", 0);
      attribute("time", seconds(report.questions().stream().mapToLong(Document::millis).sum()));
      for (QuestionReport question : report.questions()) {
        suite(report.student(), question);
      }
      newline(0);
      xml.writeEndElement();
      newline(0);
      xml.writeEndDocument();
    }

    private void suite(String student, QuestionReport question) throws XMLStreamException {
      String name = student + "." + question.id();
      newline(1);
      xml.writeStartElement("testsuite");
      attribute("name", name);
      attribute("tests", question.checks().size());
      attribute("failures", failures(question));
      attribute("errors", 0);
      attribute("skipped", 0);
      attribute("time", seconds(millis(question)));
      properties(question);
      String failureType =
          question.status() == QuestionStatus.GRADED ? CHECK_FAILED : question.status().wireName();
      for (CheckResult check : question.checks()) {
        testcase(name, check, failureType);
      }
      RunReport run = question.run();
      if (run != null && run.stdout() != null && !run.stdout().isEmpty()) {
        element(2, "system-out", run.stdout());
      }
      String errors = systemErr(question);
      if (!errors.isEmpty()) {
        element(2, "system-err", errors);
      }
      newline(1);
      xml.writeEndElement();
    }

    private void properties(QuestionReport question) throws XMLStreamException {
      newline(2);
      xml.writeStartElement("properties");
      property("title", question.title());
      property("status", question.status().wireName());
      property("score", Scores.format(question.score()));
      property("max_score", Scores.format(question.maxScore()));
      property("found_in", question.foundIn());
      newline(2);
      xml.writeEndElement();
    }

    private void property(String name, String value) throws XMLStreamException {
      if (value == null) {
        return;
      }
      newline(3);
      xml.writeEmptyElement("property");
      attribute("name", name);
      attribute("value", value);
    }

    private void testcase(String classname, CheckResult check, String failureType)
        throws XMLStreamException {
      newline(2);
      if (check.passed()) {
        xml.writeEmptyElement("testcase");
        testcaseAttributes(classname, check);
        return;
      }
      xml.writeStartElement("testcase");
      testcaseAttributes(classname, check);
      newline(3);
      xml.writeStartElement("failure");
      attribute("message", message(check));
      attribute("type", failureType);
      xml.writeCharacters(XmlText.clean(CheckText.details(check)));
      xml.writeEndElement();
      newline(2);
      xml.writeEndElement();
    }

    /** One line for CI summaries; the failure's text has the whole feedback. */
    private static String message(CheckResult check) {
      String line = check.feedback().lines().findFirst().orElse("");
      if (line.length() > MESSAGE_LENGTH) {
        line = line.substring(0, MESSAGE_LENGTH - 1) + "\u2026";
      }
      return CheckText.points(check.score(), check.maxScore()) + " points: " + line;
    }

    private void testcaseAttributes(String classname, CheckResult check) throws XMLStreamException {
      attribute("name", check.name());
      attribute("classname", classname);
      attribute("time", "0");
    }

    private void element(int depth, String name, String text) throws XMLStreamException {
      newline(depth);
      xml.writeStartElement(name);
      xml.writeCharacters(XmlText.clean(text));
      xml.writeEndElement();
    }

    private void attribute(String name, Object value) throws XMLStreamException {
      xml.writeAttribute(name, XmlText.clean(String.valueOf(value)));
    }

    private void newline(int depth) throws XMLStreamException {
      xml.writeCharacters("\n" + "  ".repeat(depth));
    }

    private static String systemErr(QuestionReport question) {
      StringBuilder text = new StringBuilder(CheckText.questionNotes(question));
      RunReport run = question.run();
      if (run != null && run.stderr() != null && !run.stderr().isEmpty()) {
        text.append(run.stderr());
      }
      return text.toString();
    }

    private static long failures(QuestionReport question) {
      return question.checks().stream().filter(c -> !c.passed()).count();
    }

    private static long millis(QuestionReport question) {
      StageTimings timings = question.timings();
      return timings == null ? 0 : timings.totalMs();
    }

    private static String seconds(long millis) {
      return String.format(Locale.ROOT, "%.3f", millis / 1000.0);
    }
  }
}
