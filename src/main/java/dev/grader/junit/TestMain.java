package dev.grader.junit;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.engine.JupiterTestEngine;
import org.junit.platform.engine.discovery.DiscoverySelectors;
import org.junit.platform.launcher.Launcher;
import org.junit.platform.launcher.LauncherDiscoveryRequest;
import org.junit.platform.launcher.core.LauncherConfig;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;

/**
 * Runs instructor tests inside the child JVM: {@code TestMain <resultsFile> <testClass>...}.
 *
 * <p>Writes a {@link ResultsDocument} to the results file after every test, atomically, so a
 * student program that kills the JVM still leaves the outcomes so far. Exits 0 whether or not tests
 * pass; 2 when the runner itself cannot work (bad arguments, a missing test class, an unwritable
 * results file).
 *
 * <p>Every test and lifecycle method gets the timeout of the system property {@value
 * #TIMEOUT_PROPERTY} (default {@value #DEFAULT_TIMEOUT}), on a separate thread, so a test that
 * loops without ever checking for interruption still fails on time.
 */
public final class TestMain {
  static final String TIMEOUT_PROPERTY = "junit.jupiter.execution.timeout.default";
  static final String DEFAULT_TIMEOUT = "5s";
  private static final int RUNNER_FAILED = 2;

  /**
   * The Jupiter engine and nothing found through service loaders: the runner registers what it
   * needs itself, and the scans cost every test JVM about 16 ms of its 450.
   */
  private static final LauncherConfig JUPITER_ONLY =
      LauncherConfig.builder()
          .enableTestEngineAutoRegistration(false)
          .addTestEngines(new JupiterTestEngine())
          .enableLauncherSessionListenerAutoRegistration(false)
          .enableLauncherDiscoveryListenerAutoRegistration(false)
          .enablePostDiscoveryFilterAutoRegistration(false)
          .enableTestExecutionListenerAutoRegistration(false)
          .build();

  private TestMain() {}

  public static void main(String[] args) {
    int code = run(args, System.err);
    System.out.flush();
    System.err.flush();
    // halt, not exit: threads or shutdown hooks left by student code must not keep the JVM alive.
    Runtime.getRuntime().halt(code);
  }

  static int run(String[] args, PrintStream err) {
    if (args.length < 2) {
      err.println("usage: TestMain <resultsFile> <testClass>...");
      return RUNNER_FAILED;
    }
    Path resultsFile = Path.of(args[0]);
    List<String> testClasses = Arrays.asList(args).subList(1, args.length);
    try {
      LauncherDiscoveryRequest request = request(testClasses);
      write(resultsFile, new ResultsDocument(false, List.of()));
      OutcomeCollector collector =
          new OutcomeCollector(
              outcomes -> write(resultsFile, new ResultsDocument(false, outcomes)));
      Launcher launcher = LauncherFactory.create(JUPITER_ONLY);
      launcher.execute(request, collector);
      write(resultsFile, new ResultsDocument(true, collector.outcomes()));
      return 0;
    } catch (ClassNotFoundException | LinkageError e) {
      err.println("cannot load test class: " + e);
    } catch (UncheckedIOException e) {
      err.println("cannot write the results file " + resultsFile + ": " + e.getCause());
    }
    return RUNNER_FAILED;
  }

  private static LauncherDiscoveryRequest request(List<String> testClasses)
      throws ClassNotFoundException {
    LauncherDiscoveryRequestBuilder builder = LauncherDiscoveryRequestBuilder.request();
    for (String name : testClasses) {
      // Loaded without initialising, so only a truly missing class stops the run here.
      builder.selectors(
          DiscoverySelectors.selectClass(
              Class.forName(name, false, TestMain.class.getClassLoader())));
    }
    return builder
        .configurationParameter(
            TIMEOUT_PROPERTY, System.getProperty(TIMEOUT_PROPERTY, DEFAULT_TIMEOUT))
        .configurationParameter(
            "junit.jupiter.execution.timeout.thread.mode.default", "SEPARATE_THREAD")
        .build();
  }

  private static void write(Path resultsFile, ResultsDocument document) {
    try {
      Path tmp = resultsFile.resolveSibling(resultsFile.getFileName() + ".tmp");
      try (OutputStream out = Files.newOutputStream(tmp)) {
        document.write(out);
      }
      Files.move(
          tmp, resultsFile, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
