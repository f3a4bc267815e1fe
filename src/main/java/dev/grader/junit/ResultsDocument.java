package dev.grader.junit;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The results file the test runner writes, rewritten after every finished test so that a run cut
 * short still tells what it did.
 *
 * <p>Stored with {@link DataOutputStream}: the test JVM, which starts once per answer, then loads
 * nothing it would not load anyway. A JSON library cost a tenth of its start-up, and a {@link
 * java.util.Properties} file the time zone data behind the date it always writes (about 60 ms of
 * CPU in a fresh JVM).
 *
 * @param complete true once every selected test has finished
 * @param tests the outcomes so far, in the order the tests finished
 */
record ResultsDocument(boolean complete, List<TestOutcome> tests) {
  private static final String FORMAT = "grader junit results 1";

  /** Keeps every text within {@link DataOutputStream#writeUTF}'s 65535 bytes. */
  private static final int MAX_CHARS = 16_000;

  ResultsDocument {
    tests = List.copyOf(Objects.requireNonNull(tests, "tests"));
  }

  void write(OutputStream out) throws IOException {
    DataOutputStream data = new DataOutputStream(new BufferedOutputStream(out));
    data.writeUTF(FORMAT);
    data.writeBoolean(complete);
    data.writeInt(tests.size());
    for (TestOutcome outcome : tests) {
      data.writeUTF(clip(outcome.testClass()));
      data.writeUTF(clip(outcome.method()));
      data.writeUTF(outcome.status().name());
      data.writeUTF(clip(outcome.message()));
      data.writeLong(outcome.durationMs());
    }
    data.flush();
  }

  /**
   * Reads what {@link #write} wrote.
   *
   * @throws IOException when the file ends early
   * @throws IllegalArgumentException when it is not a results file
   */
  static ResultsDocument read(InputStream in) throws IOException {
    DataInputStream data = new DataInputStream(new BufferedInputStream(in));
    if (!FORMAT.equals(data.readUTF())) {
      throw new IllegalArgumentException("not a results file of this grader");
    }
    boolean complete = data.readBoolean();
    int count = data.readInt();
    List<TestOutcome> tests = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      tests.add(
          new TestOutcome(
              data.readUTF(),
              data.readUTF(),
              TestOutcome.Status.valueOf(data.readUTF()),
              data.readUTF(),
              data.readLong()));
    }
    return new ResultsDocument(complete, tests);
  }

  private static String clip(String text) {
    return text.length() <= MAX_CHARS ? text : text.substring(0, MAX_CHARS - 3) + "...";
  }
}
