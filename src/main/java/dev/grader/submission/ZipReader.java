package dev.grader.submission;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

/**
 * Reads a hand-in zip in memory, entry by entry, never extracting to disk. Declared sizes are not
 * trusted: {@link Intake} stops each stream at the cap.
 */
final class ZipReader {
  /** Zips made by older Windows and macOS tools name entries in this code page, not UTF-8. */
  private static final String LEGACY_CHARSET = "IBM437";

  private ZipReader() {}

  static void read(Path zip, Intake intake) {
    Charset charset = StandardCharsets.UTF_8;
    ZipFile zipFile;
    try {
      zipFile = open(zip, charset);
    } catch (ZipException badNames) {
      if (!Charset.isSupported(LEGACY_CHARSET)) {
        couldNotOpen(zip, badNames, intake);
        return;
      }
      charset = Charset.forName(LEGACY_CHARSET);
      try {
        zipFile = open(zip, charset);
      } catch (IOException e) {
        couldNotOpen(zip, e, intake);
        return;
      }
    } catch (IOException e) {
      couldNotOpen(zip, e, intake);
      return;
    }
    try (ZipFile file = zipFile) {
      readEntries(file, ZipSymlinks.find(zip, charset), intake);
    } catch (IOException | RuntimeException e) {
      intake.warn(
          "Could not read all of the zip '"
              + SafeNames.shown(zip.getFileName().toString())
              + "': "
              + SafeNames.shown(String.valueOf(e.getMessage()))
              + ". Re-create it with your system's 'Compress' (or 'Send to > Compressed folder')"
              + " and hand it in again.");
    }
  }

  private static ZipFile open(Path zip, Charset charset) throws IOException {
    return new ZipFile(zip.toFile(), charset);
  }

  private static void readEntries(ZipFile file, Set<String> symlinks, Intake intake) {
    record Entry(String path, ZipEntry entry) {}
    List<Entry> entries = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    var all = file.entries();
    while (all.hasMoreElements()) {
      ZipEntry entry = all.nextElement();
      String name = entry.getName();
      if (entry.isDirectory() || name.endsWith("\\")) {
        continue;
      }
      Optional<String> path = SafeNames.zipEntryPath(name);
      if (path.isEmpty() || path.get().isEmpty()) {
        intake.warn(
            "Skipped '"
                + SafeNames.shown(name)
                + "' in the zip: its path leads outside the hand-in folder.");
      } else if (symlinks.contains(name)) {
        if (!SafeNames.isIgnoredPath(path.get())) {
          intake.warn(
              "Skipped '"
                  + SafeNames.shown(path.get())
                  + "' in the zip: it is a symbolic link. Hand in the file itself.");
        }
      } else if (!seen.add(path.get())) {
        intake.warn(
            "'" + SafeNames.shown(path.get()) + "' appears twice in the zip; the first was kept.");
      } else {
        entries.add(new Entry(path.get(), entry));
      }
    }
    entries.sort(Comparator.comparing(Entry::path));
    for (Entry e : entries) {
      if (intake.isFull()) {
        return;
      }
      intake.offer(e.path(), () -> file.getInputStream(e.entry()));
    }
  }

  private static void couldNotOpen(Path zip, IOException e, Intake intake) {
    intake.warn(
        "Could not open the zip '"
            + SafeNames.shown(zip.getFileName().toString())
            + "': "
            + SafeNames.shown(String.valueOf(e.getMessage()))
            + ". Re-create it with your system's 'Compress' (or 'Send to > Compressed folder')"
            + " and hand it in again.");
  }
}
