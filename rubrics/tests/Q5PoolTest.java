import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * Instructor tests for Q5: run the student's {@code main} in this JVM and look at what it prints
 * and at the threads it starts. The grader passes the main class as {@code grader.mainClass}.
 */
// The thread test runs first: a shared pool (the common ForkJoinPool behind parallel streams)
// keeps its workers alive, so a second run of main would start no new thread.
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class Q5PoolTest {
  private static final String EXPECTED = "[1, 4, 9, 16, 25]";
  private static final Duration TIME_LIMIT = Duration.ofSeconds(5);

  @Test
  @Order(2)
  void printsSquaresOfOneToFive() {
    String printed = runMain().output();
    assertTrue(
        printed.contains(EXPECTED),
        () -> "expected the output to contain " + EXPECTED + " but it printed: " + shown(printed));
  }

  @Test
  @Order(1)
  void runsWorkOnPoolThreads() {
    long started = runMain().threadsStarted();
    // One worker is enough evidence: the common pool of a two-core machine has a single worker.
    assertTrue(
        started >= 1,
        "the squares were computed without starting worker threads: use a pool such as"
            + " Executors.newFixedThreadPool(4)");
  }

  private record MainRun(String output, long threadsStarted) {}

  /** Runs the student's main with System.out captured, counting the threads it starts. */
  private static MainRun runMain() {
    Method main = mainMethod();
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    ByteArrayOutputStream buffer = new ByteArrayOutputStream();
    PrintStream original = System.out;
    System.setOut(new PrintStream(buffer, true, StandardCharsets.UTF_8));
    try {
      return assertTimeoutPreemptively(
          TIME_LIMIT,
          () -> {
            long before = threads.getTotalStartedThreadCount();
            invoke(main);
            long after = threads.getTotalStartedThreadCount();
            System.out.flush();
            return new MainRun(buffer.toString(StandardCharsets.UTF_8), after - before);
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
