package dev.grader.grading;

import dev.grader.GraderException;
import dev.grader.cache.QuestionKeys;
import dev.grader.cache.ResultCache;
import dev.grader.extract.Answer;
import dev.grader.extract.AnswerExtractor;
import dev.grader.extract.HandInShape;
import dev.grader.extract.QuestionRef;
import dev.grader.report.QuestionReport;
import dev.grader.report.QuestionStatus;
import dev.grader.report.StageTimings;
import dev.grader.report.StudentReport;
import dev.grader.rubric.Rubric;
import dev.grader.rubric.RubricSet;
import dev.grader.sandbox.ProgramArchive;
import dev.grader.submission.Submission;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.concurrent.Semaphore;

/**
 * Grades every question of one submission. Questions are graded independently: whatever goes wrong
 * with one answer, even a fault of the grader, costs that answer only. They are also graded at the
 * same time, so that a program waiting out its timeout does not hold up the student's other
 * answers: a student takes as long as their slowest answer, not the sum of them.
 */
public final class StudentGrader implements AutoCloseable {
  private final RubricSet rubrics;
  private final AnswerExtractor extractor;
  private final CodeQuestionGrader code;
  private final TextQuestionGrader text;
  private final String isolation;
  private final ResultCache cache;
  private final QuestionKeys keys;
  private final Executor questions;
  private final InstructorTests tests;
  private final ProgramArchive programs;

  /**
   * Answers are found (the sources parsed) for one student per core at a time, in the order the
   * students arrive: parsing every student in progress at once delayed the first compile, and with
   * it the first program, until all of them had parsed.
   */
  private final Semaphore extracting =
      new Semaphore(Runtime.getRuntime().availableProcessors(), true);

  StudentGrader(
      RubricSet rubrics,
      AnswerExtractor extractor,
      CodeQuestionGrader code,
      TextQuestionGrader text,
      String isolation,
      ResultCache cache,
      Executor questions,
      InstructorTests tests,
      ProgramArchive programs) {
    this.rubrics = rubrics;
    this.extractor = extractor;
    this.code = code;
    this.text = text;
    this.isolation = isolation;
    this.cache = cache;
    this.keys = new QuestionKeys(rubrics, isolation);
    this.questions = questions;
    this.tests = tests;
    this.programs = programs;
  }

  /**
   * Waits until the run may write reports: until the instructor tests have compiled (not for the
   * test runner's jar and archive, which only test runs need).
   *
   * @throws GraderException when they do not compile, which stops the run
   */
  public void requireReady() {
    tests.requireCompiled();
  }

  /** Waits for work the grader started in the background, such as making start-up archives. */
  @Override
  public void close() {
    tests.close();
    programs.await();
  }

  /** Grades {@code handIn}, using {@code workDir} for build and run folders. */
  public StudentReport grade(Submission handIn, Path workDir) {
    Submission submission = withShapeWarning(handIn);
    String studentKey = keys.studentKey(submission);
    Optional<StudentReport> unchanged = cache.student(studentKey);
    if (unchanged.isPresent()) {
      List<QuestionReport> questions =
          unchanged.get().questions().stream()
              .map(question -> question.withTimings(new StageTimings(0, 0, 0, 0)))
              .toList();
      return StudentReport.of(submission.id(), isolation, submission.warnings(), questions);
    }
    StudentReport report = gradeAnswers(submission, workDir);
    if (report.questions().stream().noneMatch(q -> q.status() == QuestionStatus.GRADER_ERROR)) {
      cache.put(studentKey, report);
    }
    return report;
  }

  /** The hand-in, with a warning when it looks like several (see {@link HandInShape}). */
  private static Submission withShapeWarning(Submission handIn) {
    return HandInShape.severalHandIns(handIn)
        .map(
            warning -> {
              List<String> warnings = new ArrayList<>(handIn.warnings());
              warnings.add(warning);
              return new Submission(handIn.id(), handIn.files(), warnings);
            })
        .orElse(handIn);
  }

  private StudentReport gradeAnswers(Submission submission, Path workDir) {
    List<QuestionRef> refs = rubrics.rubrics().stream().map(Rubric::ref).toList();
    Map<String, Answer> answers;
    long start;
    extracting.acquireUninterruptibly();
    try {
      start = System.nanoTime();
      answers = extractor.extract(submission, refs);
    } finally {
      extracting.release();
    }
    long extractMs = Millis.since(start) / Math.max(1, refs.size());
    List<CompletableFuture<QuestionReport>> pending = new ArrayList<>();
    for (Rubric rubric : rubrics.rubrics()) {
      Answer answer =
          answers.getOrDefault(rubric.id(), new Answer.Missing("no answer was looked for"));
      Path dir = workDir.resolve(rubric.id());
      pending.add(
          CompletableFuture.supplyAsync(
              () -> cachedOrGraded(rubric, answer, dir, extractMs), questions));
    }
    // Every question ends before any fault is raised: the caller then removes the work folder.
    CompletableFuture.allOf(pending.toArray(CompletableFuture[]::new))
        .exceptionally(fault -> null)
        .join();
    List<QuestionReport> graded = pending.stream().map(StudentGrader::join).toList();
    return StudentReport.of(submission.id(), isolation, submission.warnings(), graded);
  }

  /** The question's report; a fault of the cache surfaces as itself, as it would unthreaded. */
  private static QuestionReport join(CompletableFuture<QuestionReport> question) {
    try {
      return question.join();
    } catch (CompletionException e) {
      if (e.getCause() instanceof RuntimeException cause) {
        throw cause;
      }
      throw e;
    }
  }

  /** The report of a student whose submission could not be graded at all. */
  public StudentReport failed(String student, RuntimeException e) {
    List<QuestionReport> questions =
        rubrics.rubrics().stream().map(rubric -> failed(rubric, e, 0)).toList();
    return StudentReport.of(student, isolation, List.of(), questions);
  }

  /**
   * A cached result when this answer was graded against this rubric before; grader faults are not
   * cached, so they are retried.
   */
  private QuestionReport cachedOrGraded(Rubric rubric, Answer answer, Path dir, long extractMs) {
    String key = keys.key(rubric.id(), answer);
    Optional<QuestionReport> cached = cache.question(key);
    if (cached.isPresent()) {
      return cached.get().withTimings(new StageTimings(extractMs, 0, 0, 0));
    }
    QuestionReport graded = gradeQuestion(rubric, answer, dir, extractMs);
    if (graded.status() != QuestionStatus.GRADER_ERROR) {
      cache.put(key, graded);
    }
    return graded;
  }

  private QuestionReport gradeQuestion(Rubric rubric, Answer answer, Path dir, long extractMs) {
    try {
      if (answer instanceof Answer.Code found && rubric.ref().code()) {
        return code.grade(rubric, found, dir, extractMs);
      }
      if (answer instanceof Answer.Text found && !rubric.ref().code()) {
        return text.grade(rubric, found, extractMs);
      }
      String lookedFor =
          answer instanceof Answer.Missing missing
              ? missing.foundIn()
              : "no answer of the right kind was found";
      return notFound(rubric, lookedFor, extractMs);
    } catch (RuntimeException e) {
      return failed(rubric, e, extractMs);
    }
  }

  private static QuestionReport notFound(Rubric rubric, String lookedFor, long extractMs) {
    String feedback = "No answer found for " + rubric.id().toUpperCase() + ": " + lookedFor + ".";
    return empty(rubric, QuestionStatus.NOT_FOUND, lookedFor, feedback, extractMs);
  }

  private static QuestionReport failed(Rubric rubric, RuntimeException e, long extractMs) {
    String feedback =
        "The grader failed on this answer ("
            + e.getClass().getSimpleName()
            + ": "
            + e.getMessage()
            + "); please tell the course staff.";
    return empty(rubric, QuestionStatus.GRADER_ERROR, "", feedback, extractMs);
  }

  private static QuestionReport empty(
      Rubric rubric, QuestionStatus status, String foundIn, String feedback, long extractMs) {
    return new QuestionReport(
        rubric.id(),
        rubric.title(),
        0,
        rubric.maxScore(),
        status,
        foundIn,
        rubric.checks().stream()
            .flatMap(check -> Verdicts.zeros(check, feedback).stream())
            .toList(),
        List.of(),
        null,
        new StageTimings(extractMs, 0, 0, 0));
  }
}
