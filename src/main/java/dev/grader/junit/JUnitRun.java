package dev.grader.junit;

import java.io.File;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * The child JVM that runs instructor tests against one student's classes.
 *
 * @param runner the class path of {@link TestMain} and the JUnit Platform: {@link
 *     JUnitClasspath#forChild()}, or a {@link ChildJars#runner(List, Path)} jar made from it
 * @param studentClasses the folder of the student's compiled classes
 * @param testClasses the folder of the compiled instructor tests
 * @param resultsFile where {@link TestMain} writes outcomes; must be writable inside the sandbox
 * @param testClassNames the test classes to run, fully qualified
 * @param studentMainClass the student's main class, given to tests as the system property {@value
 *     #MAIN_CLASS_PROPERTY}; {@code null} when the answer has none
 * @param perTestTimeout the limit of each test and lifecycle method
 */
public record JUnitRun(
    List<Path> runner,
    Path studentClasses,
    Path testClasses,
    Path resultsFile,
    List<String> testClassNames,
    String studentMainClass,
    Duration perTestTimeout) {
  public static final String MAIN_CLASS_PROPERTY = "grader.mainClass";
  private static final Duration JVM_START = Duration.ofSeconds(10);

  public JUnitRun {
    runner = List.copyOf(runner);
    Objects.requireNonNull(studentClasses, "studentClasses");
    Objects.requireNonNull(testClasses, "testClasses");
    Objects.requireNonNull(resultsFile, "resultsFile");
    testClassNames = List.copyOf(testClassNames);
    if (testClassNames.isEmpty()) {
      throw new IllegalArgumentException("no test class to run");
    }
    Objects.requireNonNull(perTestTimeout, "perTestTimeout");
    if (perTestTimeout.toMillis() <= 0) {
      throw new IllegalArgumentException("perTestTimeout must be at least 1 ms: " + perTestTimeout);
    }
  }

  /**
   * The runner first, then the tests, then the student's classes: a student class can neither stand
   * in for JUnit nor for an instructor test of the same name.
   */
  public List<Path> classpath() {
    List<Path> entries = new ArrayList<>(runner);
    entries.add(testClasses);
    entries.add(studentClasses);
    return List.copyOf(entries);
  }

  /** The {@code -D} options the run needs, to go before the main class. */
  public List<String> systemProperties() {
    List<String> properties = new ArrayList<>();
    properties.add("-D" + TestMain.TIMEOUT_PROPERTY + "=" + junitDuration(perTestTimeout));
    if (studentMainClass != null) {
      properties.add("-D" + MAIN_CLASS_PROPERTY + "=" + studentMainClass);
    }
    return properties;
  }

  /** Whole seconds when possible, so failures read "timed out after 5 seconds". */
  private static String junitDuration(Duration timeout) {
    long millis = timeout.toMillis();
    return millis % 1000 == 0 ? millis / 1000 + "s" : millis + "ms";
  }

  public String mainClass() {
    return TestMain.class.getName();
  }

  public List<String> args() {
    List<String> args = new ArrayList<>();
    args.add(resultsFile.toString());
    args.addAll(testClassNames);
    return args;
  }

  /**
   * The whole command: {@code java <jvmOptions> -cp <classpath> <systemProperties> TestMain
   * <args>}.
   *
   * @param jvmOptions options such as {@code -Xmx256m}, placed right after the executable
   */
  public List<String> command(Path javaExecutable, List<String> jvmOptions) {
    List<String> command = new ArrayList<>();
    command.add(javaExecutable.toString());
    command.addAll(jvmOptions);
    command.add("-cp");
    command.add(
        classpath().stream()
            .map(path -> path.toAbsolutePath().toString())
            .collect(Collectors.joining(File.pathSeparator)));
    command.addAll(systemProperties());
    command.add(mainClass());
    command.addAll(args());
    return command;
  }

  /**
   * A wall-clock limit for the whole run that a well-behaved run never reaches: JVM start plus
   * every test and its before/after methods hitting their timeout.
   */
  public Duration runTimeout(int testCount) {
    return JVM_START.plus(perTestTimeout.multipliedBy(3L * testCount + 2));
  }
}
