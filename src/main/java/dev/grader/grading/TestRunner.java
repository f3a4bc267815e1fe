package dev.grader.grading;

import dev.grader.junit.JUnitResults;
import dev.grader.junit.JUnitRun;
import dev.grader.rubric.CheckSpec;
import dev.grader.rubric.Rubric;
import dev.grader.rubric.RunSpec;
import dev.grader.sandbox.ArchiveDump;
import dev.grader.sandbox.JvmLaunch;
import dev.grader.sandbox.RunResult;
import dev.grader.sandbox.Termination;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** Runs the instructor tests of a rubric against one student's classes, in the sandbox. */
final class TestRunner {
  private static final String RESULTS_FILE = "junit-results.bin";

  private final ProgramRunner runner;
  private final InstructorTests tests;

  TestRunner(ProgramRunner runner, InstructorTests tests) {
    this.runner = runner;
    this.tests = tests;
  }

  JUnitOutcomes run(Rubric rubric, String mainClass, Path classes, Path workDir) {
    List<CheckSpec.JUnit> checks = rubric.junitChecks();
    List<String> testClasses = checks.stream().map(CheckSpec.JUnit::testClass).distinct().toList();
    int testCount = checks.stream().mapToInt(check -> check.tests().size()).sum();
    RunSpec spec = rubric.run();
    Path runDir = ProgramRunner.freshDir(workDir.resolve("junit"));
    InstructorTests.Launch launch = tests.launch();
    JUnitRun junit =
        new JUnitRun(
            launch.runner(),
            classes,
            launch.tests(),
            runDir.resolve(RESULTS_FILE),
            testClasses,
            mainClass,
            spec.timeout());
    JvmLaunch jvm = JvmLaunch.ofGraderJdk(spec.memoryMb()).withWholeHeap();
    List<String> options = new ArrayList<>(jvm.memoryFlags());
    options.addAll(JvmLaunch.STARTUP_FLAGS);
    List<Path> readable = new ArrayList<>(junit.classpath());
    launch
        .archive()
        .ifPresent(
            archive -> {
              options.addAll(ArchiveDump.options(archive));
              readable.add(archive);
            });
    // Each test has its own timeout inside the child; the wall limit only catches a wedged JVM.
    Duration wall = spec.timeout().multipliedBy(testCount + 1L);
    RunResult result =
        runner.execute(
            RunDurations.tests(rubric.id()),
            jvm,
            junit.command(jvm.javaBinary(), options),
            readable,
            runDir,
            spec,
            wall);
    JUnitResults results = JUnitResults.read(junit.resultsFile());
    String unfinished = null;
    if (result.termination() != Termination.EXITED || !results.complete()) {
      ProgramRun run = new ProgramRun(result, wall, spec.outputLimit(), spec.memoryMb());
      unfinished =
          result.termination() == Termination.EXITED
              ? results.unfinished()
              : "the test run did not finish: " + run.explanation();
    }
    return new JUnitOutcomes(results, unfinished);
  }
}
