package dev.grader.submission;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Reads a hand-in folder without following symbolic links. */
final class FolderReader {
  private FolderReader() {}

  static void read(Path folder, Intake intake) {
    Path root;
    try {
      root = folder.toRealPath();
    } catch (IOException e) {
      intake.warn("Could not open your hand-in folder: " + SafeNames.shown(e.toString()));
      return;
    }
    List<Path> regularFiles = new ArrayList<>();
    try {
      Files.walkFileTree(root, new Collector(root, regularFiles, intake));
    } catch (IOException e) {
      intake.warn("Could not list all files of your hand-in: " + SafeNames.shown(e.toString()));
    }
    regularFiles.sort(Comparator.comparing(p -> relative(root, p)));
    for (Path file : regularFiles) {
      if (intake.isFull()) {
        return;
      }
      // NOFOLLOW_LINKS: a file swapped for a link after the walk is still never followed.
      intake.offer(
          relative(root, file),
          () -> Files.newInputStream(file, StandardOpenOption.READ, LinkOption.NOFOLLOW_LINKS));
    }
  }

  private static String relative(Path root, Path file) {
    return root.relativize(file).toString().replace(file.getFileSystem().getSeparator(), "/");
  }

  private static final class Collector extends SimpleFileVisitor<Path> {
    private final Path root;
    private final List<Path> regularFiles;
    private final Intake intake;

    Collector(Path root, List<Path> regularFiles, Intake intake) {
      this.root = root;
      this.regularFiles = regularFiles;
      this.intake = intake;
    }

    @Override
    public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
      boolean ignored = !dir.equals(root) && SafeNames.isIgnored(dir.getFileName().toString());
      return ignored ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
    }

    @Override
    public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
      if (SafeNames.isIgnored(file.getFileName().toString())) {
        return FileVisitResult.CONTINUE;
      }
      if (attrs.isSymbolicLink()) {
        warnIfLeavesHandIn(file);
      } else if (attrs.isRegularFile()) {
        regularFiles.add(file);
      }
      // Pipes and devices are never opened: reading one could block forever.
      return FileVisitResult.CONTINUE;
    }

    /** Links inside the hand-in are skipped silently: their targets are read where they live. */
    private void warnIfLeavesHandIn(Path link) {
      boolean inside;
      try {
        Path target = link.getParent().resolve(Files.readSymbolicLink(link)).normalize();
        inside = target.startsWith(root) && Files.exists(target, LinkOption.NOFOLLOW_LINKS);
      } catch (IOException | RuntimeException e) {
        inside = false;
      }
      if (!inside) {
        intake.warn(
            "Skipped '"
                + SafeNames.shown(relative(root, link))
                + "': it is a link to a file outside your hand-in. Hand in the file itself.");
      }
    }

    @Override
    public FileVisitResult visitFileFailed(Path file, IOException e) {
      if (SafeNames.isIgnored(String.valueOf(file.getFileName()))) {
        return FileVisitResult.CONTINUE;
      }
      intake.warn(
          "Could not read '"
              + SafeNames.shown(relative(root, file))
              + "': "
              + SafeNames.shown(String.valueOf(e.getMessage())));
      return FileVisitResult.CONTINUE;
    }
  }
}
