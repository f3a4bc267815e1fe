/**
 * Q3: creates a new operating-system process and waits for it to finish.
 *
 * <p>The child is a second JVM running this same class with the argument "child".
 */
public class Q3 {
  public static void main(String[] args) throws Exception {
    if (args.length > 0) {
      System.out.println("Hello from the child process " + ProcessHandle.current().pid());
      return;
    }
    String java = System.getProperty("java.home") + "/bin/java";
    String classpath = System.getProperty("java.class.path");
    ProcessBuilder builder = new ProcessBuilder(java, "-cp", classpath, "Q3", "child");
    builder.inheritIO();

    Process child = builder.start();
    System.out.println("Started child process " + child.pid() + ", waiting for it...");
    int exitCode = child.waitFor();
    System.out.println("The child process finished with exit code " + exitCode + ".");
  }
}
