package dev.grader.grading;

import dev.grader.GraderException;
import dev.grader.rubric.Rubric;
import dev.grader.rubric.RunSpec;
import dev.grader.sandbox.JvmLaunch;
import dev.grader.sandbox.ProgramArchive;
import dev.grader.sandbox.RunRequest;
import dev.grader.sandbox.RunResult;
import dev.grader.sandbox.Sandbox;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** Runs a student's {@code main} in the sandbox with the limits of its rubric. */
final class ProgramRunner {
  /**
   * The cgroup budget of a run: two JVMs at their limits. The few small JVMs a program starts (Q6
   * starts four) fit easily; native memory beyond it, which no JVM flag bounds, is stopped.
   */
  private static final int TREE_JVMS = 2;

  private static final int MAX_PROCESSES = 512;

  private final Sandbox sandbox;
  private final ProgramArchive archive;
  private final RunDurations durations;

  ProgramRunner(Sandbox sandbox, ProgramArchive archive, RunDurations durations) {
    this.sandbox = sandbox;
    this.archive = archive;
    this.durations = durations;
  }

  ProgramRun run(Rubric rubric, String mainClass, Path classes, Path workDir) {
    RunSpec spec = rubric.run();
    JvmLaunch jvm = JvmLaunch.ofGraderJdk(spec.memoryMb()).withArchive(archive.ready());
    List<Path> readOnly = new ArrayList<>(List.of(classes));
    jvm.archive().ifPresent(readOnly::add);
    RunResult result =
        execute(
            RunDurations.program(rubric.id()),
            jvm,
            jvm.command(List.of(classes), mainClass, spec.args()),
            readOnly,
            freshDir(workDir.resolve("run")),
            spec,
            spec.timeout());
    return new ProgramRun(result, spec.timeout(), spec.outputLimit(), spec.memoryMb());
  }

  /**
   * @param kind what is run, for instance {@code "q5 tests"}: runs of the same kind are expected to
   *     take as long as those before them
   */
  RunResult execute(
      String kind,
      JvmLaunch jvm,
      List<String> command,
      List<Path> readOnly,
      Path runDir,
      RunSpec spec,
      Duration timeout) {
    try (RunDurations.Run tracked = durations.track(kind)) {
      RunRequest request =
          new RunRequest(
              command,
              runDir,
              readOnly,
              jvm.environment(),
              spec.stdin().getBytes(StandardCharsets.UTF_8),
              timeout,
              spec.outputLimit(),
              jvm.treeMemoryMb(TREE_JVMS),
              MAX_PROCESSES,
              tracked);
      RunResult result = sandbox.run(request);
      tracked.finished(result.wall());
      return result;
    }
  }

  static Path freshDir(Path dir) {
    try {
      return Files.createDirectories(dir);
    } catch (IOException e) {
      throw new GraderException("cannot create run folder " + dir + ": " + e.getMessage(), e);
    }
  }
}
