package dev.grader.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The CPU time of a tree no cgroup holds, as the time limit reads it from /proc. */
@Timeout(10)
class ProcessTreeCpuTest {
  private static final String BUSY_FOR_A_SECOND_OR_TWO =
      "end=$(( $(date +%s) + 2 )); while [ $(date +%s) -lt $end ]; do :; done";

  /** Watches {@code script} as the sandbox does, until it ends; the tree's CPU time then. */
  private static Duration watchedUntilItEnds(String script) throws Exception {
    assumeTrue(Files.isDirectory(Path.of("/proc")), "no /proc on this platform");
    Process process = new ProcessBuilder("sh", "-c", script).start();
    ProcessTree tree = new ProcessTree(process.toHandle(), false, "cpu-test");
    while (process.isAlive()) {
      tree.snapshot();
      Thread.sleep(20);
    }
    return tree.cpu();
  }

  @Test
  void timeOfAChildTheParentWaitsForCountsOnceTheChildHasEnded() throws Exception {
    long start = System.nanoTime();

    Duration cpu = watchedUntilItEnds("sh -c '" + BUSY_FOR_A_SECOND_OR_TWO + "'; echo done");

    Duration wall = Duration.ofNanos(System.nanoTime() - start);
    // A loop of short commands: its time is the children's the shell waited for.
    assertThat(cpu).isGreaterThan(Duration.ofMillis(300)).isLessThanOrEqualTo(wall);
  }

  @Test
  void treeThatOnlyWaitsUsesAlmostNoTime() throws Exception {
    Duration cpu = watchedUntilItEnds("sleep 1 & wait");

    assertThat(cpu).isLessThan(Duration.ofMillis(200));
  }
}
