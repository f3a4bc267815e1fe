import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Attack: tries to leave a file everywhere outside its run folder. Every name starts with
 * hostile-canary- so that the test can look for them on the grader's machine.
 */
public class Q3 {
  public static void main(String[] args) {
    String up = "../".repeat(16);
    Path home = Path.of(System.getProperty("user.home"));
    Path classes = Path.of(System.getProperty("java.class.path"));
    attempt("dotdot", Path.of(up + "tmp/hostile-canary-dotdot"));
    attempt("parent", Path.of("../hostile-canary-parent"));
    attempt("user-home", home.resolve("hostile-canary-home"));
    attempt("tmp", Path.of("/tmp/hostile-canary-tmp"));
    attempt("var-tmp", Path.of("/var/tmp/hostile-canary-vartmp"));
    attempt("dev-shm", Path.of("/dev/shm/hostile-canary-shm"));
    attempt("root", Path.of("/hostile-canary-root"));
    attempt("classes", classes.resolve("hostile-canary-classes"));
    link("tmp-link", Path.of("/tmp"), "hostile-canary-symlink");
    link("home-link", home, "hostile-canary-symlink-home");
    attempt("own-home", Path.of(System.getenv("HOME"), "hostile-canary-own-home"));
  }

  private static void link(String name, Path target, String file) {
    try {
      Path link = Files.createSymbolicLink(Path.of(name), target);
      attempt(name, link.resolve(file));
    } catch (Exception e) {
      System.out.println(name + ": blocked (" + e.getClass().getSimpleName() + ")");
    }
  }

  private static void attempt(String label, Path file) {
    try {
      Files.writeString(file, "written by a student program\n");
      System.out.println(label + ": written");
    } catch (Exception e) {
      System.out.println(label + ": blocked (" + e.getClass().getSimpleName() + ")");
    }
  }
}
