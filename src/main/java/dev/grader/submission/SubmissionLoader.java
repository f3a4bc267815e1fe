package dev.grader.submission;

import dev.grader.GraderException;
import dev.grader.ShortList;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Finds the hand-ins of a class folder and loads each one as text files.
 *
 * <p>The class folder holds one entry per student: a sub-folder or a {@code .zip}. Loading never
 * fails because of what a student handed in: unsafe, binary, oversized or unreadable content is
 * skipped and reported in {@link Submission#warnings()}.
 */
public final class SubmissionLoader {
  private final LoadLimits limits;

  public SubmissionLoader() {
    this(LoadLimits.DEFAULT);
  }

  public SubmissionLoader(LoadLimits limits) {
    this.limits = Objects.requireNonNull(limits, "limits");
  }

  /**
   * The hand-ins of a class folder, sorted by id. Hidden entries, {@code __MACOSX} and files that
   * are not zips are ignored.
   *
   * @throws GraderException when the folder cannot be listed, holds no hand-in, or a student has
   *     both a folder and a zip
   */
  public List<SubmissionSource> list(Path classDir) {
    if (zipSource(classDir).isPresent()) {
      throw new GraderException(
          "class folder "
              + classDir
              + " is one student's .zip: pass the folder that holds it with the other hand-ins,"
              + checkAlone(classDir));
    }
    if (!Files.isDirectory(classDir)) {
      throw new GraderException(
          "class folder "
              + classDir
              + " does not exist or is not a folder: pass the folder that holds one sub-folder or"
              + " .zip per student");
    }
    List<SubmissionSource> sources = new ArrayList<>();
    List<String> answerFiles = new ArrayList<>();
    try (Stream<Path> entries = Files.list(classDir)) {
      entries.forEach(
          entry -> {
            Optional<SubmissionSource> source = toSource(entry);
            source.ifPresent(sources::add);
            String name = entry.getFileName().toString();
            if (source.isEmpty() && Files.isRegularFile(entry) && looksLikeAnswer(name)) {
              answerFiles.add(name);
            }
          });
    } catch (IOException | RuntimeException e) {
      throw new GraderException(
          "cannot list class folder "
              + classDir
              + ": "
              + e.getMessage()
              + "; check its permissions",
          e);
    }
    if (sources.isEmpty()) {
      throw noHandIns(classDir, answerFiles);
    }
    sources.sort(Comparator.comparing(SubmissionSource::id).thenComparing(SubmissionSource::kind));
    rejectDuplicateIds(sources);
    return List.copyOf(sources);
  }

  /**
   * A class with nothing to grade is a wrong path, not a class of nobody: a CI job pointed at the
   * wrong folder must fail, not pass with no grades. Answer files right in the folder mean it is
   * one student's hand-in.
   */
  private static GraderException noHandIns(Path classDir, List<String> answerFiles) {
    String message = "class folder " + classDir + " holds no student folder or .zip";
    if (answerFiles.isEmpty()) {
      return new GraderException(
          message + ": pass the folder that holds one sub-folder or .zip per student");
    }
    answerFiles.sort(Comparator.naturalOrder());
    return new GraderException(
        message
            + " but answer files ("
            + ShortList.of(answerFiles, 3)
            + "), so it looks like one student's hand-in: pass the folder that holds one"
            + " sub-folder or .zip per student,"
            + checkAlone(classDir));
  }

  /** The end of a message about one hand-in given as a class: the command that checks it. */
  private static String checkAlone(Path handIn) {
    return " or check this hand-in alone with: grader check " + shellWord(handIn);
  }

  /**
   * One student's hand-in given directly (a self-check): a folder or a {@code .zip}, named after
   * it.
   *
   * @throws GraderException when {@code path} is neither
   */
  public SubmissionSource single(Path path) {
    Path absolute = path.toAbsolutePath().normalize();
    Path name = absolute.getFileName();
    if (name != null && Files.isDirectory(absolute)) {
      return new SubmissionSource(name.toString(), absolute, SubmissionSource.Kind.FOLDER);
    }
    return zipSource(absolute)
        .orElseThrow(
            () ->
                new GraderException(
                    path
                        + " is not a folder or a .zip file: pass the folder (or zip) that holds"
                        + " your answers"));
  }

  /**
   * A file a student hands in as an answer: Java source, or a document whose name holds a number
   * ({@code Q1.md}); not a class folder's README or roster, nor a hidden file.
   */
  private static boolean looksLikeAnswer(String name) {
    return !SafeNames.isIgnored(name)
        && SafeNames.isKeptText(name)
        && (name.toLowerCase(Locale.ROOT).endsWith(".java") || name.matches(".*\\d.*"));
  }

  /** {@code path} as one word of a shell command, quoted when it needs to be. */
  private static String shellWord(Path path) {
    String text = path.toString();
    return text.matches("[\\w./+-]+") ? text : "'" + text.replace("'", "'\\''") + "'";
  }

  private static Optional<SubmissionSource> toSource(Path entry) {
    String name = entry.getFileName().toString();
    if (SafeNames.isIgnored(name)) {
      return Optional.empty();
    }
    if (Files.isDirectory(entry)) {
      return Optional.of(new SubmissionSource(name, entry, SubmissionSource.Kind.FOLDER));
    }
    return zipSource(entry);
  }

  private static Optional<SubmissionSource> zipSource(Path entry) {
    String name = entry.getFileName() == null ? "" : entry.getFileName().toString();
    boolean zip = name.toLowerCase(Locale.ROOT).endsWith(".zip") && name.length() > 4;
    if (zip && Files.isRegularFile(entry)) {
      String id = name.substring(0, name.length() - 4);
      return Optional.of(new SubmissionSource(id, entry, SubmissionSource.Kind.ZIP));
    }
    return Optional.empty();
  }

  private static void rejectDuplicateIds(List<SubmissionSource> sources) {
    Map<String, SubmissionSource> byId = new HashMap<>();
    for (SubmissionSource source : sources) {
      SubmissionSource earlier = byId.putIfAbsent(source.id(), source);
      if (earlier != null) {
        throw new GraderException(
            "two hand-ins for student '"
                + source.id()
                + "': "
                + earlier.path()
                + " and "
                + source.path()
                + "; keep only one of them in the class folder");
      }
    }
  }

  /** Loads one hand-in; never throws because of the student's content. */
  public Submission load(SubmissionSource source) {
    Intake intake = new Intake(limits);
    switch (source.kind()) {
      case FOLDER -> FolderReader.read(source.path(), intake);
      case ZIP -> ZipReader.read(source.path(), intake);
    }
    return intake.toSubmission(source.id());
  }
}
