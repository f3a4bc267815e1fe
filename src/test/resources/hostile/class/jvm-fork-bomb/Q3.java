import java.util.concurrent.TimeUnit;

/**
 * Attack: every JVM starts two more JVMs of itself, then sleeps. The depth is capped so that an
 * unsandboxed test run stays affordable; the grader's timeout ends it long before the cap.
 */
public class Q3 {
  public static void main(String[] args) throws Exception {
    int depth = args.length == 2 && args[0].equals("hostile-bomb") ? Integer.parseInt(args[1]) : 0;
    if (depth < 4) {
      String java = System.getProperty("java.home") + "/bin/java";
      String classpath = System.getProperty("java.class.path");
      for (int i = 0; i < 2; i++) {
        new ProcessBuilder(java, "-cp", classpath, "Q3", "hostile-bomb", Integer.toString(depth + 1))
            .inheritIO()
            .start();
      }
    }
    TimeUnit.DAYS.sleep(1);
  }
}
