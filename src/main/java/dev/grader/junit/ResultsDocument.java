package dev.grader.junit;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Properties;

/**
 * The results file the test runner writes, rewritten after every finished test so that a run cut
 * short still tells what it did.
 *
 * <p>Stored as a {@link Properties} file: the JDK writes and reads it with proper escaping, and the
 * test JVM, which starts once per answer, does not pay for loading a JSON library (a tenth of its
 * start-up).
 *
 * @param complete true once every selected test has finished
 * @param tests the outcomes so far, in the order the tests finished
 */
record ResultsDocument(boolean complete, List<TestOutcome> tests) {
  ResultsDocument {
    tests = List.copyOf(Objects.requireNonNull(tests, "tests"));
  }

  void write(OutputStream out) throws IOException {
    Properties properties = new Properties();
    properties.setProperty("complete", Boolean.toString(complete));
    properties.setProperty("tests", Integer.toString(tests.size()));
    for (int i = 0; i < tests.size(); i++) {
      TestOutcome outcome = tests.get(i);
      String prefix = "test." + i + ".";
      properties.setProperty(prefix + "class", outcome.testClass());
      properties.setProperty(prefix + "method", outcome.method());
      properties.setProperty(prefix + "status", outcome.status().name());
      properties.setProperty(prefix + "message", outcome.message());
      properties.setProperty(prefix + "duration_ms", Long.toString(outcome.durationMs()));
    }
    properties.store(out, null);
  }

  /**
   * Reads what {@link #write} wrote.
   *
   * @throws IllegalArgumentException when a field is missing or malformed
   */
  static ResultsDocument read(InputStream in) throws IOException {
    Properties properties = new Properties();
    properties.load(in);
    int count = Integer.parseInt(required(properties, "tests"));
    List<TestOutcome> tests = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      String prefix = "test." + i + ".";
      tests.add(
          new TestOutcome(
              required(properties, prefix + "class"),
              required(properties, prefix + "method"),
              TestOutcome.Status.valueOf(required(properties, prefix + "status")),
              required(properties, prefix + "message"),
              Long.parseLong(required(properties, prefix + "duration_ms"))));
    }
    return new ResultsDocument(Boolean.parseBoolean(required(properties, "complete")), tests);
  }

  private static String required(Properties properties, String key) {
    String value = properties.getProperty(key);
    if (value == null) {
      throw new IllegalArgumentException("no " + key);
    }
    return value;
  }
}
