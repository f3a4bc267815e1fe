package dev.grader.junit;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;

/** Packs compiled instructor tests into a jar: only classes from jars can be archived for reuse. */
public final class TestJar {
  private TestJar() {}

  /** Writes {@code jar} from the class files under {@code classes}, in one atomic step. */
  public static void write(Path classes, Path jar) throws IOException {
    List<Path> files;
    try (Stream<Path> walk = Files.walk(classes)) {
      files = walk.filter(Files::isRegularFile).sorted().toList();
    }
    Path temp = Files.createTempFile(jar.toAbsolutePath().getParent(), ".tests", ".jar");
    try {
      try (OutputStream out = Files.newOutputStream(temp);
          JarOutputStream jarOut = new JarOutputStream(out)) {
        for (Path file : files) {
          String name =
              classes.relativize(file).toString().replace(file.getFileSystem().getSeparator(), "/");
          jarOut.putNextEntry(new JarEntry(name));
          jarOut.write(Files.readAllBytes(file));
          jarOut.closeEntry();
        }
      }
      Files.move(temp, jar, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } finally {
      Files.deleteIfExists(temp);
    }
  }
}
