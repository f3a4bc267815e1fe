package dev.grader.grading;

import dev.grader.GraderException;
import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;

/** Build and run folders of a grading run: private, temporary, removed when done. */
public final class WorkDirs {
  private WorkDirs() {}

  /** The name every work folder of this process starts with. */
  public static String prefix() {
    return "grader-" + ProcessHandle.current().pid() + "-";
  }

  /** Named after the grader's process, so what a run leaves behind can be traced to it. */
  public static Path createRoot() {
    try {
      return Files.createTempDirectory(prefix());
    } catch (IOException e) {
      throw new GraderException(
          "cannot create a temporary folder (set TMPDIR to a writable folder): " + e.getMessage(),
          e);
    }
  }

  /**
   * Deletes a tree without following links: a student program may have left a symlink to a file it
   * must not reach, and deleting through it would do the attack's work.
   */
  public static void delete(Path root) {
    if (!Files.exists(root, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
      return;
    }
    try {
      Files.walkFileTree(
          root,
          new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
              dir.toFile().setWritable(true, true);
              dir.toFile().setExecutable(true, true);
              return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs)
                throws IOException {
              Files.deleteIfExists(file);
              return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException e) {
              return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path dir, IOException e) throws IOException {
              Files.deleteIfExists(dir);
              return FileVisitResult.CONTINUE;
            }
          });
    } catch (IOException e) {
      // A leftover temporary folder is harmless; the grading results are what matter.
    }
  }
}
