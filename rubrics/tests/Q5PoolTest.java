import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * Instructor tests for Q5: run the student's {@code main} in this JVM and look at what it prints.
 * The check that it uses worker threads is in {@code Q5PoolThreadsTest}, hidden from
 * students. The grader passes the main class as {@code grader.mainClass}.
 */
class Q5PoolTest {
  private static final String EXPECTED = "[1, 4, 9, 16, 25]";
  private static final Duration TIME_LIMIT = Duration.ofSeconds(5);

  @Test
  void printsSquaresOfOneToFive() {
    String printed = runMain();
    assertTrue(
        printed.contains(EXPECTED),
        () -> "expected the output to contain " + EXPECTED + " but it printed: " + shown(printed));
  }

  /** Runs the student's main with System.out captured and returns what it printed. */
  private static String runMain() {
    Method main = mainMethod();
    ByteArrayOutputStream buffer = new ByteArrayOutputStream();
    PrintStream original = System.out;
    System.setOut(new PrintStream(buffer, true, StandardCharsets.UTF_8));
    try {
      return assertTimeoutPreemptively(
          TIME_LIMIT,
          () -> {
            invoke(main);
            System.out.flush();
            return buffer.toString(StandardCharsets.UTF_8);
          },
          () -> "main did not finish within " + TIME_LIMIT.toSeconds() + " s; printed so far: "
              + shown(buffer.toString(StandardCharsets.UTF_8)));
    } finally {
      System.setOut(original);
    }
  }

  private static Method mainMethod() {
    String name = System.getProperty("grader.mainClass");
    assertNotNull(name, "the grader did not say which class holds main (grader.mainClass)");
    try {
      Method main = Class.forName(name).getDeclaredMethod("main", String[].class);
      main.setAccessible(true);
      return main;
    } catch (ClassNotFoundException | NoSuchMethodException e) {
      return fail("cannot find main(String[]) in class " + name + ": " + e);
    }
  }

  private static void invoke(Method main) throws Throwable {
    try {
      main.invoke(null, (Object) new String[0]);
    } catch (InvocationTargetException e) {
      throw e.getCause();
    }
  }

  private static String shown(String printed) {
    String trimmed = printed.strip();
    if (trimmed.isEmpty()) {
      return "(nothing)";
    }
    return trimmed.length() > 300 ? trimmed.substring(0, 300) + "..." : trimmed;
  }
}
