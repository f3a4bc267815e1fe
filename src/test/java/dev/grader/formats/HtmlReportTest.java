package dev.grader.formats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.grader.report.Json;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The HTML report of the sample class, opened in headless Chromium: opened as {@code
 * index.html#selftest} the page checks itself (console errors, charts, sorting, a student's panel
 * opening on click) and writes the outcome into the DOM. Run with {@code
 * -Dgrader.updateScreenshot=true} to refresh {@code docs/html-report.png}.
 */
class HtmlReportTest {
  private static final Pattern SELF_TEST = Pattern.compile("<pre id=\"selftest\">(.*?)</pre>");

  @TempDir static Path out;
  @TempDir static Path browserWork;
  static String html;

  @BeforeAll
  static void writeTheSampleClassReport() throws IOException {
    GradedSample.reportsIn(out);
    Formats.write(out, EnumSet.of(Format.HTML));
    html = Files.readString(out.resolve("index.html"), StandardCharsets.UTF_8);
  }

  @Test
  void pageNeedsNoNetwork() {
    assertThat(html)
        .doesNotContainPattern("(src|href)=\"(https?:)?//")
        .doesNotContain("<link")
        .doesNotContain("@import")
        .contains("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none';");
  }

  @Test
  void pageShowsTheClassStatisticsChartsAndEveryStudent() {
    assertThat(html)
        .contains("<th scope=\"row\">Total</th><td>43.27</td><td>56</td><td>0</td><td>60</td>")
        .contains("Checks failed most often")
        .contains("data-student=\"erin-syntax\"")
        .contains("Q5.java:12: &#39;;&#39; expected");
    assertThat(count(html, "<figure class=\"chart\"")).isEqualTo(7);
    assertThat(count(html, "<details class=\"student\"")).isEqualTo(11);
  }

  @Test
  void pageWorksInABrowser() throws Exception {
    HeadlessChromium chromium = browser();

    HeadlessChromium.Page page = chromium.dumpDom(out.resolve("index.html"), "#selftest");

    JsonNode result = selfTest(page);
    assertThat(result.get("errors")).isEmpty();
    assertThat(result.get("charts").asInt()).isEqualTo(7);
    assertThat(result.get("bars").asInt()).isEqualTo(7 * Histogram.BINS);
    assertThat(result.get("rows").asInt()).isEqualTo(11);
    assertThat(result.get("sortedDescending").asBoolean()).isTrue();
    assertThat(result.get("sortedAscending").asBoolean()).isTrue();
    assertThat(result.get("openedPanel").asText()).isEqualTo(result.get("openedStudent").asText());
    assertThat(result.get("ok").asBoolean()).isTrue();
    assertThat(page.consoleLines()).isEmpty();

    if (Boolean.getBoolean("grader.updateScreenshot")) {
      chromium.screenshot(out.resolve("index.html"), Path.of("docs/html-report.png"), 1280, 1800);
    }
  }

  @Test
  void hostileStudentTextIsShownAsTextAndNeverRuns(@TempDir Path dir) throws Exception {
    HostileReport.writeInto(dir);
    Formats.write(dir, EnumSet.of(Format.HTML));
    String page = Files.readString(dir.resolve("index.html"), StandardCharsets.UTF_8);

    assertThat(count(page, "<script")).isOne();
    assertThat(page)
        .doesNotContain("<img src=x")
        .doesNotContain("<b>typo</b>")
        .contains("&lt;/pre&gt;&lt;/td&gt;&lt;script&gt;alert(&#39;feedback&#39;)&lt;/script&gt;");
    var document = Jsoup.parse(page);
    assertThat(document.select("details.student summary .name").text())
        .isEqualTo(HostileReport.STUDENT);
    assertThat(document.select("p.override").text()).contains("<b>typo</b>");
    assertThat(document.select("span.visibility").eachText())
        .containsExactly("hidden", "after_due_date");

    Optional<HeadlessChromium> chromium = HeadlessChromium.find(browserWork);
    if (chromium.isPresent()) {
      JsonNode result = selfTest(chromium.get().dumpDom(dir.resolve("index.html"), "#selftest"));
      assertThat(result.get("ok").asBoolean()).as(result.toString()).isTrue();
    }
  }

  private static HeadlessChromium browser() {
    Optional<HeadlessChromium> chromium = HeadlessChromium.find(browserWork);
    assumeTrue(chromium.isPresent(), "chromium is not installed (apt-get install chromium)");
    return chromium.get();
  }

  private static JsonNode selfTest(HeadlessChromium.Page page) throws IOException {
    Matcher matcher = SELF_TEST.matcher(page.dom());
    assertThat(matcher.find())
        .as("the page's self-test ran; browser log:%n%s", page.log())
        .isTrue();
    return Json.mapper().readTree(Jsoup.parse(matcher.group(1)).text());
  }

  private static int count(String text, String part) {
    return text.split(Pattern.quote(part), -1).length - 1;
  }
}
