package dev.grader;

import dev.grader.grading.GradingListener;
import dev.grader.sandbox.SandboxMode;
import java.nio.file.Path;
import java.util.Objects;

/**
 * What to grade and how.
 *
 * @param submissions the class folder (one folder or zip per student), or with {@code single} one
 *     student's folder or zip
 * @param single whether {@code submissions} is one student rather than a class
 * @param rubrics the rubric folder
 * @param out where reports go
 * @param sandbox which isolation to use
 * @param jobs how many student programs may compute at once; programs that only wait (sleeping,
 *     hung) do not count, and up to eight times as many students are in progress, their questions
 *     side by side; 1 grades one student and one question at a time
 * @param listener told of progress
 * @param overrides an {@code overrides.yaml} of manual score changes, or null for none
 * @param cache whether to reuse results of unchanged answers from {@code <out>/.cache} (fresh
 *     results are stored there either way)
 */
public record GradeOptions(
    Path submissions,
    boolean single,
    Path rubrics,
    Path out,
    SandboxMode sandbox,
    int jobs,
    GradingListener listener,
    Path overrides,
    boolean cache) {
  public GradeOptions {
    Objects.requireNonNull(submissions, "submissions");
    Objects.requireNonNull(rubrics, "rubrics");
    Objects.requireNonNull(out, "out");
    Objects.requireNonNull(sandbox, "sandbox");
    // Child processes run in folders of their own: a relative path would mean something else there.
    submissions = submissions.toAbsolutePath().normalize();
    rubrics = rubrics.toAbsolutePath().normalize();
    out = out.toAbsolutePath().normalize();
    overrides = overrides == null ? null : overrides.toAbsolutePath().normalize();
    listener = listener == null ? GradingListener.SILENT : listener;
    if (jobs < 1) {
      throw new IllegalArgumentException("jobs must be at least 1: " + jobs);
    }
  }

  /** Grading a class with default settings. */
  public static GradeOptions forClass(Path submissions, Path rubrics, Path out) {
    return new GradeOptions(
        submissions,
        false,
        rubrics,
        out,
        SandboxMode.AUTO,
        defaultJobs(),
        GradingListener.SILENT,
        null,
        true);
  }

  public GradeOptions withSandbox(SandboxMode mode) {
    return new GradeOptions(
        submissions, single, rubrics, out, mode, jobs, listener, overrides, cache);
  }

  public GradeOptions withJobs(int newJobs) {
    return new GradeOptions(
        submissions, single, rubrics, out, sandbox, newJobs, listener, overrides, cache);
  }

  public GradeOptions withListener(GradingListener newListener) {
    return new GradeOptions(
        submissions, single, rubrics, out, sandbox, jobs, newListener, overrides, cache);
  }

  public GradeOptions withOverrides(Path file) {
    return new GradeOptions(
        submissions, single, rubrics, out, sandbox, jobs, listener, file, cache);
  }

  public GradeOptions withCache(boolean useCache) {
    return new GradeOptions(
        submissions, single, rubrics, out, sandbox, jobs, listener, overrides, useCache);
  }

  /** Grading one student's folder or zip. */
  public GradeOptions asSingle() {
    return new GradeOptions(
        submissions, true, rubrics, out, sandbox, jobs, listener, overrides, cache);
  }

  /** Where graded answers are kept between runs. */
  public Path cacheDir() {
    return out.resolve(".cache");
  }

  /**
   * Twice the cores: a JVM starting up waits on the disk and on its children part of the time, and
   * the sandbox's time limit is fair to a program slowed by its neighbours. Measured on 2 cores for
   * 40 students: 31.6 s with 2 jobs, 25.8 s with 4, 32.1 s with 8 (compile median 51, 78 and 189
   * ms).
   */
  public static int defaultJobs() {
    return Math.max(1, 2 * Runtime.getRuntime().availableProcessors());
  }
}
