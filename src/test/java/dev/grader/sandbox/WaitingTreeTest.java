package dev.grader.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** Telling a run that can no longer finish before its limit from one that only waits a while. */
@Timeout(20)
class WaitingTreeTest {
  private static final Path SOURCES = Path.of("src/test/resources/waiting");

  @TempDir static Path classes;

  private final List<Process> started = new ArrayList<>();

  @BeforeEach
  void onLinuxWithReadableSystemCalls() {
    assumeTrue(BlockedCall.forThisPlatform().isPresent(), "system calls not known here");
    assumeTrue(Files.isReadable(Path.of("/proc/self/syscall")), "/proc/<pid>/syscall unreadable");
  }

  @AfterEach
  void killEverythingStarted() {
    for (Process process : started) {
      process.descendants().forEach(ProcessHandle::destroyForcibly);
      process.destroyForcibly();
    }
  }

  private Process start(String... command) throws Exception {
    Process process =
        new ProcessBuilder(command)
            .redirectErrorStream(true)
            .redirectOutput(ProcessBuilder.Redirect.DISCARD)
            .start();
    started.add(process);
    return process;
  }

  private Process java(List<String> options, String program, String... arguments) throws Exception {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(options);
    command.addAll(List.of(program(program)));
    command.addAll(List.of(arguments));
    return start(command.toArray(String[]::new));
  }

  /** Compiled once: a source-file launch would keep HotSpot's compilers busy with javac. */
  @BeforeAll
  static void compileThePrograms() throws IOException {
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    try (Stream<Path> sources = Files.list(SOURCES)) {
      List<String> arguments = new ArrayList<>(List.of("-d", classes.toString()));
      sources.map(Path::toString).forEach(arguments::add);
      assertThat(javac.run(null, null, null, arguments.toArray(String[]::new))).isZero();
    }
  }

  /** The class path and main class of a program of the fixtures. */
  private static String[] program(String name) {
    return new String[] {"-cp", classes.toString(), name};
  }

  private static void assertKeepsGoing(Process process, Duration limit, Duration watch, String why)
      throws InterruptedException {
    assertThat(watch(process, limit, watch).waits()).as(why).isEmpty();
  }

  /** Looks at the tree as the sandbox does, until it cannot finish or {@code watch} has passed. */
  private static WaitingTree watch(Process process, Duration timeout, Duration watch)
      throws InterruptedException {
    long begin = System.nanoTime();
    WaitingTree tree =
        new WaitingTree(
            BlockedCall.forThisPlatform(),
            () ->
                Stream.concat(Stream.of(process.toHandle()), process.descendants())
                    .map(ProcessHandle::pid)
                    .toList(),
            Set.of(),
            Set.of(),
            begin,
            timeout);
    while (System.nanoTime() - begin < watch.toNanos()) {
      if (tree.cannotFinish(System.nanoTime(), TreeActivity.State.UNKNOWN)) {
        return tree;
      }
      Thread.sleep(20);
    }
    return tree;
  }

  @Test
  void shellWaitingForASleepLongerThanTheLimitCannotFinish() throws Exception {
    Process shell = start("sh", "-c", "sleep 1000; echo never");

    WaitingTree tree = watch(shell, Duration.ofSeconds(10), Duration.ofSeconds(5));

    assertThat(tree.waits())
        .containsExactly("sh waits for a child process to end", "sleep sleeps 1000 s");
  }

  @Test
  void sleepThatEndsBeforeTheLimitKeepsTheRunGoing() throws Exception {
    Process shell = start("sh", "-c", "sleep 3; echo done");

    assertKeepsGoing(shell, Duration.ofSeconds(10), Duration.ofMillis(1500), "it sleeps 3 s");
    assertThat(shell.isAlive()).isTrue();
  }

  @Test
  void programReadingInputKeepsTheRunGoing() throws Exception {
    Process shell = start("sh", "-c", "read line; echo got $line");

    assertKeepsGoing(
        shell, Duration.ofSeconds(10), Duration.ofMillis(1500), "input may still come");
  }

  @Test
  void deadlockedJavaProgramCannotFinish() throws Exception {
    Process java = java(List.of(), "Deadlock");

    WaitingTree tree = watch(java, Duration.ofSeconds(30), Duration.ofSeconds(15));

    assertThat(tree.waits()).containsExactly("java waits for another thread");
  }

  @Test
  void javaThreadSleepingPastTheLimitCannotFinishButOneWithinItCan() throws Exception {
    Process java = java(List.of(), "SleepingThread", "60000", "sleeper");

    WaitingTree shortLimit = watch(java, Duration.ofSeconds(5), Duration.ofSeconds(15));

    assertThat(shortLimit.waits()).singleElement().asString().matches("java waits up to 5\\d s");
    assertKeepsGoing(
        java, Duration.ofSeconds(120), Duration.ofMillis(1500), "the sleep ends before the limit");
  }

  @Test
  void javaProgramCollectingGarbageKeepsTheRunGoing() throws Exception {
    Process java = java(List.of("-XX:+UseSerialGC", "-Xmx2g"), "KeepsCollecting");

    assertKeepsGoing(
        java,
        Duration.ofSeconds(30),
        Duration.ofSeconds(4),
        "its thread waits for the collector, which is busy");
  }

  @Test
  void programThreadNamedLikeOneOfHotSpotsIsStillCounted() throws Exception {
    Process java = java(List.of(), "SleepingThread", "6000", "Service Thread");

    assertKeepsGoing(
        java, Duration.ofSeconds(10), Duration.ofSeconds(3), "it sleeps 6 s of a 10 s limit");
  }
}
