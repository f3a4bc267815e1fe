package dev.grader.submission;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Collects the text files of one hand-in under the load limits, turning every problem into a
 * warning worded for the student. Entries must be offered in a stable order so that the same
 * hand-in always keeps the same files when a cap is reached.
 */
final class Intake {
  /** Opens an entry's content; called at most once, and only for entries worth reading. */
  @FunctionalInterface
  interface Opener {
    InputStream open() throws IOException;
  }

  private final LoadLimits limits;
  private final List<SubmissionFile> files = new ArrayList<>();
  private final List<String> warnings = new ArrayList<>();
  private long bytesRead;
  private boolean full;

  Intake(LoadLimits limits) {
    this.limits = limits;
  }

  /** True once a cap stopped the reading; later offers are ignored. */
  boolean isFull() {
    return full;
  }

  void warn(String warning) {
    warnings.add(warning);
  }

  /**
   * Reads one entry if it is a text file worth keeping.
   *
   * @param path the entry's path relative to the hand-in, {@code /} separated
   */
  void offer(String path, Opener opener) {
    if (full || SafeNames.isIgnoredPath(path)) {
      return;
    }
    String shown = SafeNames.shown(path);
    String name = path.substring(path.lastIndexOf('/') + 1);
    if (SafeNames.isArchive(name)) {
      warn(
          "Did not open '"
              + shown
              + "': archives inside a hand-in are not unpacked. Hand in the files themselves.");
      return;
    }
    if (!SafeNames.isKeptText(name)) {
      return;
    }
    if (SafeNames.hasUnsafeCharacters(path)) {
      warn("Skipped '" + shown + "': its name contains control characters. Rename the file.");
      return;
    }
    if (files.size() >= limits.maxFiles()) {
      stop("Stopped reading after " + limits.maxFiles() + " files");
      return;
    }
    byte[] bytes;
    try (InputStream in = opener.open()) {
      bytes = in.readNBytes((int) limits.maxFileBytes() + 1);
    } catch (IOException | RuntimeException e) {
      warn("Could not read '" + shown + "': " + SafeNames.shown(String.valueOf(e.getMessage())));
      return;
    }
    bytesRead += bytes.length;
    if (bytes.length > limits.maxFileBytes()) {
      warn(
          "Skipped '"
              + shown
              + "': it is larger than "
              + sizeText(limits.maxFileBytes())
              + ". Hand in source and answer files only.");
    } else if (bytesRead > limits.maxTotalBytes()) {
      stop("Stopped reading after " + sizeText(limits.maxTotalBytes()));
    } else {
      keep(path, shown, bytes);
    }
  }

  private void keep(String path, String shown, byte[] bytes) {
    Optional<TextDecoder.Decoded> decoded = TextDecoder.decode(bytes);
    if (decoded.isEmpty()) {
      warn(
          "Skipped '"
              + shown
              + "': it is not a plain text file. Save answers as plain text (.java, .md or .txt).");
      return;
    }
    if (decoded.get().malformed()) {
      warn(
          "'"
              + shown
              + "' is not valid UTF-8: unreadable characters were replaced by \uFFFD."
              + " Save your files as UTF-8.");
    }
    files.add(new SubmissionFile(path, decoded.get().text()));
  }

  private void stop(String what) {
    full = true;
    warn(
        what
            + " of your hand-in; the remaining files were not graded. Hand in only your sources"
            + " and answers.");
  }

  Submission toSubmission(String id) {
    List<SubmissionFile> sorted = new ArrayList<>(files);
    sorted.sort(Comparator.comparing(SubmissionFile::path));
    return new Submission(id, sorted, warnings);
  }

  static String sizeText(long bytes) {
    if (bytes % (1024 * 1024) == 0) {
      return bytes / (1024 * 1024) + " MiB";
    }
    if (bytes % 1024 == 0) {
      return bytes / 1024 + " KiB";
    }
    return bytes + " bytes";
  }
}
