package dev.grader.e2e;

import static dev.grader.report.QuestionStatus.CRASHED;
import static dev.grader.report.QuestionStatus.GRADED;
import static dev.grader.report.QuestionStatus.MEMORY_LIMIT;
import static dev.grader.report.QuestionStatus.OUTPUT_LIMIT;
import static dev.grader.report.QuestionStatus.TIMEOUT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.grader.GradeOptions;
import dev.grader.Grader;
import dev.grader.GraderException;
import dev.grader.grading.WorkDirs;
import dev.grader.report.ClassSummary;
import dev.grader.report.QuestionStatus;
import dev.grader.sandbox.SandboxMode;
import dev.grader.sandbox.Sandboxes;
import dev.grader.testing.Trees;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Grades the hostile corpus of {@code src/test/resources/hostile/} (one student per attack, plus
 * hand-ins made hostile at test time) under bubblewrap and under the unsandboxed fallback, and
 * checks what the grader did about each attack. docs/SANDBOX.md explains the layers; the fallback
 * rows below assert only what the fallback promises, and show truthfully what it cannot stop.
 */
class HostileCorpusTest {
  static final Path CORPUS = Path.of("src/test/resources/hostile");
  static final Duration TIMEOUT_OF_RUBRIC = Duration.ofSeconds(2);
  static final long OUTPUT_LIMIT_OF_RUBRIC = 64 * 1024;
  private static final Path SYSCALL_FILE = Path.of("/proc/self/syscall");

  /** The status every program attack ends in, whatever the layer, unless a layer says otherwise. */
  static final Map<String, QuestionStatus> STATUS =
      Map.ofEntries(
          Map.entry(HostileClass.CONTROL, GRADED),
          Map.entry("infinite-loop", TIMEOUT),
          Map.entry("deadlock", TIMEOUT),
          Map.entry("waits-on-child", TIMEOUT),
          Map.entry("spawn-storm", GRADED),
          Map.entry("jvm-fork-bomb", TIMEOUT),
          Map.entry("output-flood", OUTPUT_LIMIT),
          Map.entry("enormous-line", OUTPUT_LIMIT),
          Map.entry("heap-hog", MEMORY_LIMIT),
          Map.entry("direct-memory-hog", MEMORY_LIMIT),
          Map.entry("reads-stdin", GRADED),
          Map.entry("exit-in-static-init", CRASHED),
          Map.entry("runtime-halt", CRASHED),
          Map.entry("writes-outside", GRADED),
          Map.entry("deletes-files", GRADED),
          Map.entry("reads-secrets", GRADED),
          Map.entry("network", GRADED),
          Map.entry("detached-grandchild", GRADED));

  /** Grades a fresh copy of the corpus once, then checks what every mode promises. */
  @TestInstance(TestInstance.Lifecycle.PER_CLASS)
  abstract static class GradedCorpus {
    private final SandboxMode mode;
    Path root;
    HostileClass fixture;
    HostileRun run;
    double controlAlone;

    GradedCorpus(SandboxMode mode) {
      this.mode = mode;
    }

    @BeforeAll
    void gradeTheCorpus() throws IOException {
      if (mode == SandboxMode.BUBBLEWRAP) {
        assumeTrue(bubblewrapWorks(), "bubblewrap cannot be used on this machine");
      }
      Canaries.remove();
      root = Files.createTempDirectory("hostile-corpus-");
      fixture = HostileClass.create(root, mode == SandboxMode.NONE);
      run = HostileRun.grade(fixture, mode, root.resolve("out"));
      controlAlone = gradeControlAlone();
    }

    @AfterAll
    void removeWhatTheAttacksLeft() {
      Canaries.remove();
      if (fixture != null) {
        fixture.removeTmpVictim();
      }
      LeftoverProcesses.kill(HostileClass.caseNames());
      if (root != null) {
        WorkDirs.delete(root);
      }
    }

    private double gradeControlAlone() throws IOException {
      Path alone = Files.createDirectories(root.resolve("alone"));
      Trees.copy(
          fixture.classDir().resolve(HostileClass.CONTROL), alone.resolve(HostileClass.CONTROL));
      ClassSummary summary =
          Grader.grade(
              GradeOptions.forClass(alone, fixture.rubrics(), root.resolve("alone-out"))
                  .withSandbox(mode));
      return summary.students().get(0).score();
    }

    @Test
    void everyProgramAttackEndsInItsStatus() {
      Map<String, QuestionStatus> expected = new TreeMap<>(STATUS);
      expected.putAll(statusesOfThisLayer());
      Map<String, QuestionStatus> actual = new TreeMap<>();
      expected.keySet().forEach(name -> actual.put(name, run.status(name)));
      assertThat(actual).isEqualTo(expected);
    }

    /** Statuses that depend on the layer; see docs/SANDBOX.md. */
    abstract Map<String, QuestionStatus> statusesOfThisLayer();

    @Test
    void exitCodesOfProgramsThatLeaveEarlyAreReported() {
      assertThat(run.question("exit-in-static-init").at("/run/exit_code").asInt()).isEqualTo(3);
      assertThat(run.question("runtime-halt").at("/run/exit_code").asInt()).isEqualTo(42);
      assertThat(run.question("runtime-halt").at("/run/stdout").asText()).isEqualTo("halting\n");
    }

    @Test
    void everyReportIsSmallAndNamesTheIsolationUsed() throws IOException {
      try (Stream<Path> reports = Files.list(run.out())) {
        for (Path report : reports.toList()) {
          assertThat(Files.size(report)).as("size of %s", report).isLessThan(1 << 20);
        }
      }
      for (String student : run.students()) {
        assertThat(run.report(student).get("isolation").asText())
            .as("isolation of %s", student)
            .isEqualTo(run.summary().isolation());
      }
      assertThat(run.summary().students()).hasSize(fixture.studentCount());
    }

    @Test
    void floodsAreCutAtTheOutputLimit() {
      for (String name : List.of("output-flood", "enormous-line")) {
        JsonNode flood = run.question(name).get("run");
        assertThat(flood.get("output_bytes").asLong()).isGreaterThan(OUTPUT_LIMIT_OF_RUBRIC);
        assertThat(flood.get("stdout").asText().length()).isLessThan(3000);
      }
    }

    @Test
    void readingStdinGetsEndOfInputAtOnce() {
      JsonNode reader = run.question("reads-stdin").get("run");
      assertThat(reader.get("stdout").asText()).startsWith("read 0 bytes, then -1\n");
      assertThat(reader.get("wall_ms").asLong()).isLessThan(TIMEOUT_OF_RUBRIC.toMillis());
    }

    @Test
    void programWaitingForAChildThatSleepsPastTheLimitIsStoppedBeforeItWhereItIsHeldWhole() {
      assumeTrue(
          System.getProperty("os.name").equals("Linux")
              && List.of("amd64", "aarch64").contains(System.getProperty("os.arch"))
              && Files.isReadable(SYSCALL_FILE),
          "system calls cannot be read here");
      JsonNode ran = run.question("waits-on-child").get("run");

      if (run.summary().isolation().equals("unsandboxed")) {
        // No cgroup or PID namespace keeps every process in view: the timeout decides.
        assertThat(ran.get("wall_ms").asLong())
            .isGreaterThanOrEqualTo(TIMEOUT_OF_RUBRIC.toMillis());
        assertThat(ran.has("waiting")).isFalse();
      } else {
        assertThat(ran.get("wall_ms").asLong()).isLessThan(TIMEOUT_OF_RUBRIC.toMillis());
        assertThat(ran.get("waiting").toString()).contains("sleep sleeps 1003 s");
      }
    }

    @Test
    void noRunOutlastsItsTimeoutByMoreThanTheKill() {
      for (String name : programCases()) {
        JsonNode ran = run.question(name).at("/run");
        // A program still computing when slowed by its neighbours may use its timeout in CPU
        // time, up to the backstop; a waiting one is stopped at the timeout. Without a cgroup
        // that CPU time, read from /proc, is not reported: any run may have had the backstop.
        Duration allowed =
            ran.path("cpu_ms").asLong(0) >= TIMEOUT_OF_RUBRIC.toMillis() / 2
                    || !ran.hasNonNull("cpu_ms")
                ? TIMEOUT_OF_RUBRIC.multipliedBy(3)
                : TIMEOUT_OF_RUBRIC;
        assertThat(ran.get("wall_ms").asLong())
            .as("wall time of %s", name)
            .isLessThan(allowed.plusSeconds(3).toMillis());
      }
    }

    @Test
    void gradingTheWholeCorpusTakesNoLongerThanItsTimeoutsAllow() {
      // Per student: compile, start and kill on a busy 2-core machine, plus the run's timeout.
      Duration perStudent = TIMEOUT_OF_RUBRIC.plusMillis(2500);
      Duration allowed = perStudent.multipliedBy(fixture.studentCount()).dividedBy(run.jobs());
      assertThat(run.wall()).isLessThan(allowed);
    }

    @Test
    void noProcessOfTheCorpusSurvivesGrading() {
      assertThat(run.leftovers()).isEmpty();
    }

    @Test
    void oneStudentsDisasterDoesNotChangeAnothersScore() {
      assertThat(controlAlone).isEqualTo(4.0);
      assertThat(run.score(HostileClass.CONTROL)).isEqualTo(controlAlone);
    }

    boolean bubblewrapWorks() {
      try {
        Sandboxes.create(SandboxMode.BUBBLEWRAP).close();
        return true;
      } catch (GraderException e) {
        return false;
      }
    }
  }

  /** The strongest layer: every attack is contained. */
  @Nested
  class UnderBubblewrap extends GradedCorpus {
    UnderBubblewrap() {
      super(SandboxMode.BUBBLEWRAP);
    }

    @Override
    Map<String, QuestionStatus> statusesOfThisLayer() {
      // Native memory is bounded only by the tree's cgroup limit, which is several times the
      // rubric's memory (room for the JVMs a program may start): a slow machine times out first.
      QuestionStatus unsafeHog = run.status("unsafe-hog") == MEMORY_LIMIT ? MEMORY_LIMIT : TIMEOUT;
      return Map.of("unsafe-hog", unsafeHog);
    }

    @Test
    void reportsSayWhichLayerWasUsed() {
      assertThat(run.summary().isolation()).startsWith("bubblewrap");
    }

    @Test
    void noFileAppearsOutsideTheRunFolder() {
      assertThat(Canaries.present()).isEmpty();
      assertThat(run.stdout("writes-outside"))
          .contains("own-home: written", "classes: blocked", "user-home: blocked");
    }

    @Test
    void rubricsAndOtherStudentsFilesAreIntact() {
      assertThat(fixture.snapshotNow()).isEqualTo(fixture.snapshotBefore());
      assertThat(fixture.tmpVictim()).exists();
      assertThat(run.stdout("deletes-files"))
          .contains("own classes: blocked", "victims deleted: 0");
    }

    @Test
    void rubricsTestsAndOtherStudentsCannotBeRead() {
      assertThat(run.stdout("reads-secrets"))
          .contains("shadow readable: false", "secrets found: 0")
          .doesNotContain("SECRET:");
    }

    @Test
    void noNetworkIsReachable() {
      assertThat(run.loopbackConnections()).isZero();
      assertThat(run.stdout("network")).contains("internet reached: false");
    }
  }

  /** The always-on layer alone: time, output, processes and heap are bounded; files are not. */
  @Nested
  class Unsandboxed extends GradedCorpus {
    Unsandboxed() {
      super(SandboxMode.NONE);
    }

    @Override
    Map<String, QuestionStatus> statusesOfThisLayer() {
      // Without a cgroup nothing bounds native memory: the hog keeps its 3 GiB until the timeout.
      return Map.of("unsafe-hog", TIMEOUT);
    }

    @Test
    void reportsSayTheProgramsRanUnsandboxed() {
      assertThat(run.summary().isolation()).isEqualTo("unsandboxed");
    }

    @Test
    void whatTheFallbackCannotStopIsShownNotHidden() {
      // Documented in docs/SANDBOX.md: without bubblewrap a program writes where its user may
      // and reaches the network. These lines prove the table right; the canaries are removed.
      assertThat(run.stdout("writes-outside")).contains("tmp: written");
      assertThat(Canaries.present()).contains(Path.of("/tmp/hostile-canary-tmp"));
      assertThat(run.loopbackConnections()).isPositive();
    }

    @Test
    void hostileHandInsAreLoadedSafelyWithWarningsAndStillGraded() {
      for (String student : HostileClass.HOSTILE_HAND_INS) {
        JsonNode report = run.report(student);
        assertThat(report.get("warnings")).as("warnings of %s", student).isNotEmpty();
        assertThat(run.score(student)).as("score of %s", student).isEqualTo(controlAlone);
      }
      assertThat(run.warnings("zip-slip")).anyMatch(w -> w.contains("hostile-canary-zipslip"));
      assertThat(run.warnings("thousands-of-files")).anyMatch(w -> w.contains("2000 files"));
      assertThat(run.warnings("symlink-outside")).anyMatch(w -> w.contains("outside"));
      assertThat(run.warnings("enormous-file")).anyMatch(w -> w.contains("larger than"));
      assertThat(run.warnings("binary-and-latin1"))
          .anyMatch(w -> w.contains("not a plain text file"))
          .anyMatch(w -> w.contains("not valid UTF-8"));
      assertThat(run.warnings(HostileClass.CONTROL_CHARS_ID))
          .anyMatch(w -> w.contains("control characters"));
    }

    @Test
    void unpackingNeverWritesOutsideTheHandIn() {
      assertThat(fixture.zipSlipTargets()).allSatisfy(path -> assertThat(path).doesNotExist());
    }

    @Test
    void linksOutOfAHandInAreNotFollowed() throws IOException {
      String report = Files.readString(run.out().resolve("symlink-outside.json"));
      assertThat(report).doesNotContain("RUBRIC-SECRET");
    }
  }

  /** Paths the attacks try to create outside their run folder. */
  static final class Canaries {
    private Canaries() {}

    static List<Path> all() {
      Path home = Path.of(System.getProperty("user.home"));
      return List.of(
          Path.of("/tmp/hostile-canary-dotdot"),
          Path.of("/tmp/hostile-canary-tmp"),
          Path.of("/tmp/hostile-canary-symlink"),
          Path.of("/var/tmp/hostile-canary-vartmp"),
          Path.of("/dev/shm/hostile-canary-shm"),
          Path.of("/hostile-canary-root"),
          home.resolve("hostile-canary-home"),
          home.resolve("hostile-canary-symlink-home"));
    }

    static Set<Path> present() {
      return all().stream().filter(Files::exists).collect(Collectors.toSet());
    }

    static void remove() {
      for (Path canary : all()) {
        try {
          Files.deleteIfExists(canary);
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }
    }
  }

  /** The names of the corpus's program attacks, as folders under {@code hostile/class/}. */
  static List<String> programCases() {
    List<String> names = new ArrayList<>(STATUS.keySet());
    names.add("unsafe-hog");
    return names;
  }
}
