package dev.grader;

import dev.grader.cache.ResultCache;
import dev.grader.compile.JavaCompilerService;
import dev.grader.grading.ClassGrader;
import dev.grader.grading.GradingEngine;
import dev.grader.grading.StudentGrader;
import dev.grader.grading.WorkDirs;
import dev.grader.overrides.Overrides;
import dev.grader.overrides.OverridesLoader;
import dev.grader.report.ClassSummary;
import dev.grader.report.ReportWriter;
import dev.grader.rubric.RubricLoader;
import dev.grader.rubric.RubricSet;
import dev.grader.sandbox.Sandbox;
import dev.grader.sandbox.Sandboxes;
import dev.grader.schedule.LongestFirst;
import dev.grader.submission.SubmissionLoader;
import dev.grader.submission.SubmissionSource;
import java.nio.file.Path;
import java.util.List;

/** The grading engine's one entry point: grades a class (or one student) and writes reports. */
public final class Grader {
  private Grader() {}

  /**
   * Grades every submission, writing each student's report as soon as it is done, then the summary.
   * Student faults end up in the reports; only grader faults throw {@link GraderException}.
   */
  public static ClassSummary grade(GradeOptions options) {
    RubricSet rubrics = new RubricLoader().loadAll(options.rubrics());
    SubmissionLoader loader = new SubmissionLoader();
    List<SubmissionSource> sources =
        options.single()
            ? List.of(loader.single(options.submissions()))
            : loader.list(options.submissions());
    Overrides overrides =
        options.overrides() == null
            ? Overrides.NONE
            : new OverridesLoader().load(options.overrides(), rubrics);
    overrides.requireStudents(sources.stream().map(SubmissionSource::id).toList());
    ReportWriter writer = new ReportWriter(options.out());
    Path workRoot = WorkDirs.createRoot();
    ResultCache cache =
        options.cache()
            ? ResultCache.in(options.cacheDir())
            : ResultCache.refreshing(options.cacheDir());
    try (Sandbox sandbox = Sandboxes.create(options.sandbox(), new LongestFirst(options.jobs()));
        JavaCompilerService compiler = new JavaCompilerService();
        StudentGrader grader =
            GradingEngine.create(rubrics, sandbox, compiler, cache, workRoot, options.jobs())) {
      return new ClassGrader(loader, grader, rubrics, writer, sandbox.isolation(), cache, overrides)
          .grade(sources, options.jobs(), workRoot, options.listener());
    } finally {
      WorkDirs.delete(workRoot);
    }
  }
}
