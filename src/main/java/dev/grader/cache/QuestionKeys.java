package dev.grader.cache;

import dev.grader.GraderException;
import dev.grader.extract.Answer;
import dev.grader.extract.JavaSource;
import dev.grader.rubric.CheckSpec;
import dev.grader.rubric.Rubric;
import dev.grader.rubric.RubricSet;
import dev.grader.submission.Submission;
import dev.grader.submission.SubmissionFile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * Cache keys of graded questions: everything a question's result depends on. The answer's content
 * (not the whole hand-in, so an unrelated file does not cost a regrade), the rubric's meaning (its
 * records print every value they hold) and the instructor tests it names, the grader's build and
 * JDK, and the sandbox layers in use.
 */
public final class QuestionKeys {
  private final Map<String, String> rubricKeys = new HashMap<>();

  /**
   * @param isolation the sandbox layers of this run: a program may behave differently in another
   */
  public QuestionKeys(RubricSet rubrics, String isolation) {
    for (Rubric rubric : rubrics.rubrics()) {
      Fingerprint fingerprint =
          new Fingerprint().add(GraderBuild.fingerprint()).add(isolation).add(rubric.toString());
      for (CheckSpec.JUnit junit : rubric.junitChecks()) {
        fingerprint.add(read(rubrics.testSource(junit.testClass())));
      }
      rubricKeys.put(rubric.id(), fingerprint.hex());
    }
  }

  /**
   * The key of a whole hand-in graded against every rubric: its files and the warnings of loading
   * it. Its id is left out, as it only names the report.
   */
  public String studentKey(Submission submission) {
    Fingerprint fingerprint = new Fingerprint().add("student");
    rubricKeys.values().stream().sorted().forEach(fingerprint::add);
    for (SubmissionFile file : submission.files()) {
      fingerprint.add(file.path()).add(file.text());
    }
    submission.warnings().forEach(fingerprint::add);
    return fingerprint.hex();
  }

  /** The key of {@code answer} graded against the rubric of {@code questionId}. */
  public String key(String questionId, Answer answer) {
    Fingerprint fingerprint = new Fingerprint().add(rubricKeys.get(questionId));
    fingerprint.add(answer.getClass().getSimpleName()).add(answer.foundIn());
    if (answer instanceof Answer.Code code) {
      fingerprint.add(code.mainClass());
      for (JavaSource source : code.sources()) {
        fingerprint.add(source.origin()).add(Integer.toString(source.firstLine()));
        fingerprint.add(source.content());
      }
    } else if (answer instanceof Answer.Text text) {
      fingerprint.add(text.text());
    }
    return fingerprint.hex();
  }

  private static String read(Path source) {
    try {
      return Files.readString(source);
    } catch (NoSuchFileException e) {
      return "";
    } catch (IOException e) {
      throw new GraderException("cannot read instructor test " + source + ": " + e.getMessage(), e);
    }
  }
}
