package dev.grader.grading;

import dev.grader.junit.JUnitClasspath;
import dev.grader.junit.JUnitResults;
import dev.grader.junit.TestMain;
import dev.grader.junit.TestOutcome;
import dev.grader.rubric.CheckSpec;
import dev.grader.rubric.Rubric;
import dev.grader.sandbox.JvmLaunch;
import dev.grader.sandbox.RunResult;
import dev.grader.sandbox.Termination;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Runs the instructor tests of a rubric against one student's classes, in the sandbox. */
final class TestRunner {
  private static final String RESULTS_FILE = "junit-results.json";

  private final ProgramRunner runner;
  private final InstructorTests tests;

  TestRunner(ProgramRunner runner, InstructorTests tests) {
    this.runner = runner;
    this.tests = tests;
  }

  JUnitOutcomes run(Rubric rubric, String mainClass, Path classes, Path workDir) {
    List<String> testClasses =
        rubric.checks().stream()
            .filter(check -> check instanceof CheckSpec.JUnit)
            .map(check -> ((CheckSpec.JUnit) check).testClass())
            .distinct()
            .toList();
    List<Path> classpath = new ArrayList<>(List.of(classes, tests.classes()));
    classpath.addAll(JUnitClasspath.forChild());
    Path runDir = ProgramRunner.freshDir(workDir.resolve("junit"));
    List<String> args = new ArrayList<>();
    args.add(runDir.resolve(RESULTS_FILE).toString());
    args.addAll(testClasses);
    List<String> command =
        JvmLaunch.command(
            classpath,
            TestMain.class.getName(),
            args,
            rubric.run().memoryMb(),
            List.of("-Dgrader.mainClass=" + mainClass));
    RunResult result = runner.execute(command, classpath, runDir, rubric.run());
    Map<String, TestOutcome> byMethod = new HashMap<>();
    JUnitResults.read(runDir.resolve(RESULTS_FILE))
        .forEach(outcome -> byMethod.put(outcome.method(), outcome));
    String unfinished = null;
    if (result.termination() != Termination.EXITED || result.exitCode() != 0) {
      ProgramRun run =
          new ProgramRun(
              result, rubric.run().timeout(), rubric.run().outputLimit(), rubric.run().memoryMb());
      unfinished = "the test run did not finish: " + run.explanation();
    }
    return new JUnitOutcomes(byMethod, unfinished);
  }
}
