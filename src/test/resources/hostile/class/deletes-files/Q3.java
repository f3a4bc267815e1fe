import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.EnumSet;

/**
 * Attack: deletes what it can reach. To keep an unsandboxed test run harmless it only deletes
 * files named hostile-victim*, which the test plants next to the class and the rubrics, and its
 * own compiled classes. Bounded in time and files so that an unsandboxed run still ends.
 */
public class Q3 {
  private static final long DEADLINE = System.nanoTime() + 1_000_000_000L;
  private static int deleted;
  private static int visited;

  public static void main(String[] args) throws Exception {
    Path classes = Path.of(System.getProperty("java.class.path"));
    try {
      Files.delete(classes.resolve("Q3.class"));
      System.out.println("own classes: deleted");
    } catch (IOException e) {
      System.out.println("own classes: blocked (" + e.getClass().getSimpleName() + ")");
    }
    for (Path start : new Path[] {Path.of("/tmp"), Path.of(System.getProperty("user.home"))}) {
      sweep(start);
    }
    System.out.println("victims deleted: " + deleted);
  }

  private static void sweep(Path start) throws IOException {
    Files.walkFileTree(
        start,
        EnumSet.noneOf(java.nio.file.FileVisitOption.class),
        8,
        new SimpleFileVisitor<>() {
          @Override
          public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
            if (++visited > 50_000 || System.nanoTime() > DEADLINE) {
              return FileVisitResult.TERMINATE;
            }
            if (file.getFileName().toString().startsWith("hostile-victim")) {
              try {
                Files.delete(file);
                deleted++;
              } catch (IOException e) {
                System.out.println("could not delete " + file);
              }
            }
            return FileVisitResult.CONTINUE;
          }

          @Override
          public FileVisitResult visitFileFailed(Path file, IOException e) {
            return FileVisitResult.CONTINUE;
          }
        });
  }
}
