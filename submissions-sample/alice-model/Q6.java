import java.util.ArrayList;
import java.util.List;

/**
 * Q6: starts 4 processes; each prints its own number (1, 2, 3 or 4).
 *
 * <p>Each child is a JVM running this class with its number as the argument.
 */
public class Q6 {
  public static void main(String[] args) throws Exception {
    if (args.length > 0) {
      System.out.println(args[0]);
      return;
    }
    String java = System.getProperty("java.home") + "/bin/java";
    String classpath = System.getProperty("java.class.path");
    List<Process> children = new ArrayList<>();
    for (int number = 1; number <= 4; number++) {
      ProcessBuilder builder =
          new ProcessBuilder(java, "-cp", classpath, "Q6", String.valueOf(number));
      builder.inheritIO();
      children.add(builder.start());
    }
    for (Process child : children) {
      child.waitFor();
    }
  }
}
