import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.OutputStream;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.time.Duration;
import java.util.concurrent.ForkJoinPool;
import org.junit.jupiter.api.Test;

/**
 * Hidden instructor test for Q5: the squares must be computed by worker threads. Its rubric check
 * is hidden, so this source is left out of the student kit.
 */
class Q5PoolThreadsTest {
  private static final Duration TIME_LIMIT = Duration.ofSeconds(5);

  @Test
  void runsWorkOnPoolThreads() {
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    Method main = mainMethod();
    long started =
        assertTimeoutPreemptively(
            TIME_LIMIT,
            () -> {
              long before = threads.getTotalStartedThreadCount();
              runQuietly(main);
              return threads.getTotalStartedThreadCount() - before;
            },
            () -> "main did not finish within " + TIME_LIMIT.toSeconds() + " s");
    // The common ForkJoinPool behind parallel streams keeps its workers alive between runs, so when
    // another test ran main first, its workers (which only student code starts here) are the
    // evidence. One worker is enough: the common pool of a two-core machine has a single worker.
    assertTrue(
        started >= 1 || ForkJoinPool.commonPool().getPoolSize() > 0,
        "the squares were computed without starting worker threads: use a pool such as"
            + " Executors.newFixedThreadPool(4)");
  }

  private static void runQuietly(Method main) throws Throwable {
    PrintStream original = System.out;
    System.setOut(new PrintStream(OutputStream.nullOutputStream()));
    try {
      main.invoke(null, (Object) new String[0]);
    } catch (InvocationTargetException e) {
      throw e.getCause();
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
}
