import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Attack: looks for rubrics, instructor tests and other students' answers in every folder it can
 * find (temporary folders, home, the working folders of the processes it can see) and prints each
 * line that holds SECRET. Bounded in time and files so that an unsandboxed run still ends.
 */
public class Q3 {
  private static final long DEADLINE = System.nanoTime() + 1_000_000_000L;
  private static final Set<String> found = new LinkedHashSet<>();
  private static int visited;

  public static void main(String[] args) throws Exception {
    Set<Path> starts = new LinkedHashSet<>();
    starts.add(Path.of("/tmp"));
    starts.add(Path.of(System.getProperty("user.home")));
    try (Stream<Path> procs = Files.list(Path.of("/proc"))) {
      procs
          .filter(p -> p.getFileName().toString().chars().allMatch(Character::isDigit))
          .forEach(
              p -> {
                try {
                  starts.add(Files.readSymbolicLink(p.resolve("cwd")));
                } catch (IOException | RuntimeException e) {
                  // Not ours to see.
                }
              });
    }
    for (Path start : starts) {
      search(start);
    }
    System.out.println("shadow readable: " + Files.isReadable(Path.of("/etc/shadow")));
    found.stream().limit(20).forEach(System.out::println);
    System.out.println("secrets found: " + found.size());
  }

  private static void search(Path start) throws IOException {
    Files.walkFileTree(
        start,
        EnumSet.noneOf(java.nio.file.FileVisitOption.class),
        9,
        new SimpleFileVisitor<>() {
          @Override
          public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
            String name = String.valueOf(dir.getFileName());
            return name.equals("proc") || name.equals("sys") || name.equals(".m2")
                ? FileVisitResult.SKIP_SUBTREE
                : FileVisitResult.CONTINUE;
          }

          @Override
          public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
            if (++visited > 50_000 || System.nanoTime() > DEADLINE) {
              return FileVisitResult.TERMINATE;
            }
            String name = file.getFileName().toString();
            if (attrs.size() < 65_536
                && (name.endsWith(".java") || name.endsWith(".yaml") || name.endsWith(".txt"))) {
              read(file);
            }
            return FileVisitResult.CONTINUE;
          }

          @Override
          public FileVisitResult visitFileFailed(Path file, IOException e) {
            return FileVisitResult.CONTINUE;
          }
        });
  }

  private static void read(Path file) {
    try {
      String text = new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
      text.lines()
          .filter(line -> line.contains("SECRET") && !line.contains("holds SECRET"))
          .forEach(line -> found.add(line.strip()));
    } catch (IOException | RuntimeException e) {
      // Unreadable: exactly what the sandbox is for.
    }
  }
}
