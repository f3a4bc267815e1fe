package dev.grader.e2e;

import dev.grader.testing.Trees;
import java.io.IOException;
import java.io.OutputStream;
import java.io.RandomAccessFile;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * A throw-away copy of the hostile class and its rubrics, with victim files planted where the
 * attacks look, and the hand-ins that are hostile as files (made here rather than committed: they
 * are huge, binary or unrepresentable in git).
 */
record HostileClass(
    Path classDir,
    Path rubrics,
    Path tmpVictim,
    boolean withHandIns,
    Map<String, String> snapshotBefore) {

  static final String CONTROL = "well-behaved";
  static final String CONTROL_CHARS_ID = "names\u0007with\u001b[31mcontrols";
  static final List<String> HOSTILE_HAND_INS =
      List.of(
          "zip-slip",
          "zip-bomb",
          "symlink-outside",
          "enormous-file",
          "binary-and-latin1",
          "thousands-of-files",
          CONTROL_CHARS_ID);

  private static final String VICTIM = "hostile-victim";

  /**
   * @param withHandIns whether to add the hostile hand-ins; they attack the loader, which works the
   *     same under every sandbox, so one mode grades them
   */
  static HostileClass create(Path root, boolean withHandIns) throws IOException {
    Path classDir = root.resolve("class");
    Path rubrics = root.resolve("rubrics");
    Trees.copy(HostileCorpusTest.CORPUS.resolve("class"), classDir);
    Trees.copy(HostileCorpusTest.CORPUS.resolve("rubrics"), rubrics);
    Files.writeString(classDir.resolve(VICTIM + ".txt"), "the class folder's own file\n");
    Files.writeString(rubrics.resolve(VICTIM + ".txt"), "the rubric folder's own file\n");
    Path tmpVictim =
        Files.writeString(
            Path.of("/tmp", VICTIM + "-" + UUID.randomUUID() + ".txt"), "a file of the machine\n");
    if (withHandIns) {
      String control = Files.readString(classDir.resolve(CONTROL).resolve("Q3.java"));
      addHostileHandIns(classDir, rubrics, control);
    }
    return new HostileClass(classDir, rubrics, tmpVictim, withHandIns, snapshot(root));
  }

  /** Every student of the class: the program attacks and the hostile hand-ins. */
  int studentCount() {
    return HostileCorpusTest.programCases().size() + (withHandIns ? HOSTILE_HAND_INS.size() : 0);
  }

  static List<String> caseNames() {
    return HostileCorpusTest.programCases();
  }

  Map<String, String> snapshotNow() {
    return snapshot(classDir.getParent());
  }

  /** Where a zip-slip entry would land if unpacking followed its name. */
  List<Path> zipSlipTargets() {
    return List.of(
        classDir.getParent().resolve("hostile-canary-zipslip.txt"),
        classDir.resolve("hostile-canary-zipslip.txt"),
        Path.of("/tmp/hostile-canary-zipslip-abs.txt"));
  }

  void removeTmpVictim() {
    try {
      Files.deleteIfExists(tmpVictim);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void addHostileHandIns(Path classDir, Path rubrics, String control)
      throws IOException {
    byte[] source = control.getBytes(StandardCharsets.UTF_8);
    zip(
        classDir.resolve("zip-slip.zip"),
        Map.of(
            "Q3.java", source,
            "../hostile-canary-zipslip.txt", source,
            "/tmp/hostile-canary-zipslip-abs.txt", source,
            "src/../../hostile-canary-zipslip.txt", source));
    zipBomb(classDir.resolve("zip-bomb.zip"), source);

    Path links = Files.createDirectories(classDir.resolve("symlink-outside"));
    Files.write(links.resolve("Q3.java"), source);
    Files.createSymbolicLink(links.resolve("rubric.txt"), rubrics.resolve("q3.yaml"));
    Files.createSymbolicLink(links.resolve("tests"), rubrics.resolve("tests"));
    Files.createSymbolicLink(links.resolve("Other.java"), Path.of("../well-behaved/Q3.java"));

    Path enormous = Files.createDirectories(classDir.resolve("enormous-file"));
    Files.write(enormous.resolve("Q3.java"), source);
    try (RandomAccessFile sparse =
        new RandomAccessFile(enormous.resolve("huge.txt").toFile(), "rw")) {
      sparse.setLength(4L << 30);
    }

    Path binary = Files.createDirectories(classDir.resolve("binary-and-latin1"));
    String latin1 = control.replace("/** A well-behaved", "/** Déjà vu: a well-behaved");
    Files.write(binary.resolve("Q3.java"), latin1.getBytes(StandardCharsets.ISO_8859_1));
    byte[] noise = new byte[4096];
    for (int i = 0; i < noise.length; i++) {
      noise[i] = (byte) (i * 31 + 7);
    }
    Files.write(binary.resolve("notes.txt"), noise);
    Files.write(binary.resolve("a.out"), noise);

    Path many = Files.createDirectories(classDir.resolve("thousands-of-files"));
    Files.write(many.resolve("Q3.java"), source);
    Path notes = Files.createDirectories(many.resolve("notes"));
    for (int i = 0; i < 3000; i++) {
      Files.writeString(notes.resolve(String.format("n%04d.txt", i)), "note " + i + "\n");
    }

    Path named = Files.createDirectories(classDir.resolve(CONTROL_CHARS_ID));
    Files.write(named.resolve("Q3.java"), source);
    Files.writeString(named.resolve("Q3\u001b[2J.java"), "class Q3 { oops }");
    Path odd = Files.createDirectories(named.resolve("line\nbreak"));
    Files.writeString(odd.resolve("notes\r.txt"), "hidden\n");
  }

  private static void zip(Path file, Map<String, byte[]> entries) throws IOException {
    try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
      for (Map.Entry<String, byte[]> entry : new TreeMap<>(entries).entrySet()) {
        zip.putNextEntry(new ZipEntry(entry.getKey()));
        zip.write(entry.getValue());
        zip.closeEntry();
      }
    }
  }

  /** 64 MiB of zeros that pack into about 64 KiB, far beyond what a hand-in may unpack to. */
  private static void zipBomb(Path file, byte[] source) throws IOException {
    try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
      zip.putNextEntry(new ZipEntry("Q3.java"));
      zip.write(source);
      zip.closeEntry();
      zip.putNextEntry(new ZipEntry("zeros.txt"));
      writeZeros(zip, 64 << 20);
      zip.closeEntry();
    }
  }

  private static void writeZeros(OutputStream out, int count) throws IOException {
    byte[] block = new byte[1 << 16];
    for (int written = 0; written < count; written += block.length) {
      out.write(block);
    }
  }

  /** Content hash of every file under {@code root} (links not followed). */
  private static Map<String, String> snapshot(Path root) {
    Map<String, String> hashes = new TreeMap<>();
    try {
      Files.walkFileTree(
          root,
          new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
              String name = dir.getFileName().toString();
              // Reports are written while grading; "alone" is graded after the snapshot.
              return name.startsWith("out") || name.startsWith("alone")
                  ? FileVisitResult.SKIP_SUBTREE
                  : FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs)
                throws IOException {
              String key = root.relativize(file).toString();
              if (attrs.isSymbolicLink()) {
                hashes.put(key, "-> " + Files.readSymbolicLink(file));
              } else if (attrs.size() < (1 << 20)) {
                hashes.put(key, sha256(Files.readAllBytes(file)));
              } else {
                hashes.put(key, "size " + attrs.size());
              }
              return FileVisitResult.CONTINUE;
            }
          });
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return hashes;
  }

  private static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
