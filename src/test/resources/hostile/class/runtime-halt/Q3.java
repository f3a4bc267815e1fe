/** Attack: halts the JVM without running shutdown hooks. */
public class Q3 {
  public static void main(String[] args) {
    Runtime.getRuntime().addShutdownHook(new Thread(() -> System.out.println("hook ran")));
    System.out.println("halting");
    System.out.flush();
    Runtime.getRuntime().halt(42);
  }
}
