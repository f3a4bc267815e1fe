package dev.grader.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Telling a run that can no longer finish before its limit from one that only waits a while. */
@Timeout(20)
class WaitingTreeTest {
  private static final Path SOURCES = Path.of("src/test/resources/waiting");

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
    Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
    started.add(process);
    return process;
  }

  private Process java(String source) throws Exception {
    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    return start(java.toString(), "-Xshare:auto", SOURCES.resolve(source).toString());
  }

  /** Looks at the tree as the sandbox does, until it cannot finish or {@code watch} has passed. */
  private static WaitingTree watch(Process process, Duration timeout, Duration watch)
      throws InterruptedException {
    long begin = System.nanoTime();
    WaitingTree tree =
        new WaitingTree(
            () ->
                Stream.concat(Stream.of(process.toHandle()), process.descendants())
                    .map(ProcessHandle::pid)
                    .toList(),
            Set.of(),
            Set.of(),
            begin,
            timeout);
    while (System.nanoTime() - begin < watch.toNanos()) {
      if (tree.cannotFinish(System.nanoTime())) {
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

    WaitingTree tree = watch(shell, Duration.ofSeconds(10), Duration.ofMillis(1500));

    assertThat(tree.waits()).isEmpty();
    assertThat(shell.isAlive()).isTrue();
  }

  @Test
  void programReadingInputKeepsTheRunGoing() throws Exception {
    Process shell = start("sh", "-c", "read line; echo got $line");

    WaitingTree tree = watch(shell, Duration.ofSeconds(10), Duration.ofMillis(1500));

    assertThat(tree.waits()).as("input may still come").isEmpty();
  }

  @Test
  void deadlockedJavaProgramCannotFinish() throws Exception {
    Process java = java("Deadlock.java");

    WaitingTree tree = watch(java, Duration.ofSeconds(30), Duration.ofSeconds(15));

    assertThat(tree.waits()).containsExactly("java waits for another thread");
  }

  @Test
  void javaThreadSleepingPastTheLimitCannotFinishButOneWithinItCan() throws Exception {
    Process java = java("SleepsAMinute.java");

    WaitingTree shortLimit = watch(java, Duration.ofSeconds(5), Duration.ofSeconds(15));
    WaitingTree longLimit = watch(java, Duration.ofSeconds(120), Duration.ofMillis(1500));

    assertThat(shortLimit.waits()).singleElement().asString().matches("java waits up to 5\\d s");
    assertThat(longLimit.waits()).as("the sleep ends before the limit").isEmpty();
  }
}
