package dev.grader.grading;

import dev.grader.GraderException;
import dev.grader.cache.ResultCache;
import dev.grader.overrides.Overrides;
import dev.grader.report.ClassSummary;
import dev.grader.report.ReportWriter;
import dev.grader.report.StudentReport;
import dev.grader.rubric.RubricSet;
import dev.grader.submission.Submission;
import dev.grader.submission.SubmissionLoader;
import dev.grader.submission.SubmissionSource;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/**
 * Grades many students in parallel and writes each report the moment it is done, so an interrupted
 * run keeps every finished student's report.
 */
public final class ClassGrader {
  /**
   * Students in progress per job. A job is a slot for a computing program (see {@link
   * dev.grader.sandbox.Sandboxes#create(dev.grader.sandbox.SandboxMode,
   * dev.grader.schedule.LongestFirst)}); a student whose program waits out its timeout holds no
   * slot, so more students than slots are in progress to keep the slots busy. Measured for 40
   * students on 2 cores (4 slots): 31-32 s with 4 per slot, 28 s with 8 and with 16. One job means
   * one student at a time.
   */
  static final int STUDENTS_PER_JOB = 8;

  /** How long students in progress may take to finish when the run stops early. */
  private static final Duration RUNS_END = Duration.ofMinutes(5);

  private final SubmissionLoader loader;
  private final StudentGrader grader;
  private final RubricSet rubrics;
  private final ReportWriter writer;
  private final String isolation;
  private final ResultCache cache;
  private final Overrides overrides;

  public ClassGrader(
      SubmissionLoader loader,
      StudentGrader grader,
      RubricSet rubrics,
      ReportWriter writer,
      String isolation,
      ResultCache cache,
      Overrides overrides) {
    this.cache = cache;
    this.overrides = overrides;
    this.loader = loader;
    this.grader = grader;
    this.rubrics = rubrics;
    this.writer = writer;
    this.isolation = isolation;
  }

  public ClassSummary grade(
      List<SubmissionSource> sources, int jobs, Path workRoot, GradingListener listener) {
    long start = System.nanoTime();
    SummaryBuilder summary = new SummaryBuilder(rubrics, isolation);
    listener.started(sources.size(), isolation);
    ExecutorService pool =
        Executors.newFixedThreadPool(
            Math.max(1, Math.min(jobs == 1 ? 1 : jobs * STUDENTS_PER_JOB, sources.size())));
    try {
      List<Future<?>> futures =
          sources.stream()
              .<Future<?>>map(
                  source ->
                      pool.submit(
                          () -> {
                            StudentReport report = overrides.apply(gradeOne(source, workRoot));
                            grader.requireReady();
                            writer.write(report);
                            summary.add(report);
                            listener.finished(report);
                          }))
              .toList();
      for (Future<?> future : futures) {
        await(future);
      }
    } finally {
      pool.shutdownNow();
      awaitStudentsInProgress(pool);
    }
    grader.requireReady();
    ClassSummary result = summary.build(Millis.since(start), cache.hits());
    writer.write(result);
    return result;
  }

  private StudentReport gradeOne(SubmissionSource source, Path workRoot) {
    Path dir = workRoot.resolve("students").resolve(dev.grader.report.FileNames.safe(source.id()));
    try {
      Submission submission = loader.load(source);
      return grader.grade(submission, dir);
    } catch (RuntimeException e) {
      // One student's disaster must not cost the others their results.
      return grader.failed(source.id(), e);
    } finally {
      WorkDirs.delete(dir);
    }
  }

  /**
   * When the run stops early (broken instructor tests, an unwritable report), the students in
   * progress still finish their runs, each of which ends at its time limit: no program outlives the
   * run, and every run folder and cgroup is removed.
   */
  private static void awaitStudentsInProgress(ExecutorService pool) {
    try {
      // Beyond the bound, what is left falls to bubblewrap's kill when the grader exits; the
      // run's own error, already on its way, is the one to report.
      pool.awaitTermination(RUNS_END.toMillis(), TimeUnit.MILLISECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static void await(Future<?> future) {
    try {
      future.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new GraderException("grading was interrupted", e);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof GraderException grader) {
        throw grader;
      }
      throw new GraderException("grading failed: " + e.getCause(), e.getCause());
    }
  }
}
