package dev.grader.formats;

import static org.assertj.core.api.Assertions.assertThat;

import dev.grader.report.CheckResult;
import dev.grader.report.FileNames;
import dev.grader.report.Json;
import dev.grader.report.QuestionReport;
import dev.grader.report.StudentReport;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

class JUnitXmlTest {
  @TempDir static Path out;

  @BeforeAll
  static void writeTheSampleClassAsJUnitXml() {
    GradedSample.reportsIn(out);
    Formats.write(out, EnumSet.of(Format.JUNIT));
  }

  @Test
  void everyCheckIsATestCaseAndEveryShortfallAFailure() throws Exception {
    for (StudentReport report : sampleReports()) {
      Document xml = parse(out.resolve("junit").resolve(FileNames.safe(report.student()) + ".xml"));
      List<CheckResult> checks =
          report.questions().stream().flatMap(q -> q.checks().stream()).toList();
      long failed = checks.stream().filter(c -> !c.passed()).count();

      Element root = xml.getDocumentElement();
      assertThat(root.getTagName()).isEqualTo("testsuites");
      assertThat(root.getAttribute("name")).isEqualTo(report.student());
      assertThat(xml.getElementsByTagName("testsuite").getLength())
          .isEqualTo(report.questions().size());
      assertThat(xml.getElementsByTagName("testcase").getLength()).isEqualTo(checks.size());
      assertThat(xml.getElementsByTagName("failure").getLength()).isEqualTo(failed);
      assertThat(Integer.parseInt(root.getAttribute("tests"))).isEqualTo(checks.size());
      assertThat(Long.parseLong(root.getAttribute("failures"))).isEqualTo(failed);
    }
  }

  @Test
  void modelAnswerHasNoFailures() throws Exception {
    Document xml = parse(out.resolve("junit/alice-model.xml"));

    assertThat(xml.getElementsByTagName("failure").getLength()).isZero();
    assertThat(xml.getElementsByTagName("testcase").getLength()).isPositive();
  }

  @Test
  void compileErrorFailsItsChecksWithTheCompilerMessage() throws Exception {
    Element q5 = suite(parse(out.resolve("junit/erin-syntax.xml")), "erin-syntax.q5");

    Element failure = (Element) q5.getElementsByTagName("failure").item(0);
    assertThat(failure.getAttribute("type")).isEqualTo("compile_error");
    assertThat(failure.getAttribute("message")).startsWith("0/2 points: ");
    Element longFeedback = (Element) q5.getElementsByTagName("failure").item(1);
    assertThat(longFeedback.getAttribute("message")).hasSizeLessThan(200).endsWith("\u2026");
    assertThat(longFeedback.getTextContent()).hasSizeGreaterThan(200);
    assertThat(q5.getElementsByTagName("system-err").item(0).getTextContent())
        .contains("Q5.java:12");
  }

  @Test
  void failureCarriesTheChecksFeedback() throws Exception {
    StudentReport bob = read("bob-threads");
    QuestionReport question =
        bob.questions().stream()
            .filter(q -> q.checks().stream().anyMatch(c -> !c.passed()))
            .findFirst()
            .orElseThrow();
    CheckResult failed =
        question.checks().stream().filter(c -> !c.passed()).findFirst().orElseThrow();

    Element suite =
        suite(parse(out.resolve("junit/bob-threads.xml")), "bob-threads." + question.id());
    Element testcase = testcase(suite, failed.name());
    assertThat(testcase.getElementsByTagName("failure").item(0).getTextContent())
        .startsWith(failed.feedback());
  }

  @Test
  void hostileTextStillParsesAndHiddenChecksAreIncluded(@TempDir Path dir) throws Exception {
    HostileReport.writeInto(dir);
    Formats.write(dir, EnumSet.of(Format.JUNIT));

    Document xml =
        parse(dir.resolve("junit").resolve(FileNames.safe(HostileReport.STUDENT) + ".xml"));

    assertThat(xml.getDocumentElement().getAttribute("name")).isEqualTo(HostileReport.STUDENT);
    Element q1 = suite(xml, HostileReport.STUDENT + ".q1");
    assertThat(testcase(q1, "Secret edge case")).isNotNull();
    assertThat(testcase(q1, "Style review").getElementsByTagName("failure").getLength()).isOne();
    String failure =
        testcase(q1, "Prints <it>").getElementsByTagName("failure").item(0).getTextContent();
    assertThat(failure).contains(HostileReport.SCRIPT).contains("]]> & ").contains("\uFFFD");
    assertThat(q1.getElementsByTagName("system-err").item(0).getTextContent())
        .contains("Regraded: <b>typo</b> in the rubric");
  }

  private static Element suite(Document xml, String name) {
    return named(xml.getElementsByTagName("testsuite"), name);
  }

  private static Element testcase(Element suite, String name) {
    return named(suite.getElementsByTagName("testcase"), name);
  }

  private static Element named(NodeList nodes, String name) {
    for (int i = 0; i < nodes.getLength(); i++) {
      Element element = (Element) nodes.item(i);
      if (element.getAttribute("name").equals(name)) {
        return element;
      }
    }
    throw new AssertionError("no element named " + name);
  }

  private static Document parse(Path file) throws Exception {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    return factory.newDocumentBuilder().parse(file.toFile());
  }

  private static List<StudentReport> sampleReports() throws Exception {
    List<StudentReport> reports = new ArrayList<>();
    try (var files = Files.list(out)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".json")).sorted().toList()) {
        if (!file.getFileName().toString().equals("summary.json")) {
          reports.add(Json.mapper().readValue(file.toFile(), StudentReport.class));
        }
      }
    }
    assertThat(reports).hasSizeGreaterThanOrEqualTo(10);
    return reports;
  }

  private static StudentReport read(String student) throws Exception {
    return Json.mapper().readValue(out.resolve(student + ".json").toFile(), StudentReport.class);
  }
}
