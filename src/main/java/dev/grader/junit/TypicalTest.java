package dev.grader.junit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
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
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A stand-in for the instructor tests, run once by the trial JVM of {@link ChildArchive} so that
 * the archive holds what test runs load whatever the rubrics: it does what the instructor tests of
 * a multiprocessing course do (runs a {@code main} found by reflection with its output captured,
 * under a preemptive timeout, counts the threads it started, asserts with messages), and it fails
 * one test, since a failure's report loads classes of its own. Not a test of the grader.
 */
class TypicalTest {
  private static final Duration TIME_LIMIT = Duration.ofSeconds(5);

  private Method main;

  @BeforeEach
  void findMain() throws ReflectiveOperationException {
    main = Program.class.getDeclaredMethod("main", String[].class);
    main.setAccessible(true);
  }

  @Test
  void printsWhatItComputesOnPoolThreads() {
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    long before = threads.getTotalStartedThreadCount();
    String printed = runMain();

    assertTrue(printed.contains("[1, 4, 9]"), () -> "printed: " + printed);
    assertEquals(List.of("[1, 4, 9]"), printed.lines().toList());
    assertTrue(threads.getTotalStartedThreadCount() > before, "no worker threads");
    assertNotNull(main);
  }

  @Test
  void reportsAFailure() {
    assertThrows(IllegalStateException.class, () -> invoke(null));
    fail("failing on purpose: a failure's report is part of what test runs load");
  }

  private String runMain() {
    PrintStream console = System.out;
    ByteArrayOutputStream printed = new ByteArrayOutputStream();
    System.setOut(new PrintStream(printed, true, StandardCharsets.UTF_8));
    try {
      assertTimeoutPreemptively(TIME_LIMIT, () -> invoke(main), "main did not finish in time");
    } finally {
      System.setOut(console);
    }
    return printed.toString(StandardCharsets.UTF_8);
  }

  private static void invoke(Method method) throws Throwable {
    if (method == null) {
      throw new IllegalStateException("no main");
    }
    try {
      method.invoke(null, (Object) new String[0]);
    } catch (InvocationTargetException e) {
      throw e.getCause();
    }
  }

  /** What a student's answer does: squares on a pool of workers. */
  static final class Program {
    private Program() {}

    public static void main(String[] args) throws Exception {
      ExecutorService pool = Executors.newFixedThreadPool(2);
      try {
        List<Future<Integer>> squares =
            List.of(1, 2, 3).stream().map(n -> pool.submit(() -> n * n)).toList();
        StringBuilder out = new StringBuilder();
        for (Future<Integer> square : squares) {
          out.append(out.length() == 0 ? "[" : ", ").append(square.get());
        }
        System.out.println(out.append(']'));
      } finally {
        pool.shutdown();
      }
    }
  }
}
