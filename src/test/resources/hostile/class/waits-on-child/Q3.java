/** Attack: waits for a child process that never ends. */
public class Q3 {
  public static void main(String[] args) throws Exception {
    Process child = new ProcessBuilder("sleep", "1003.4242").start();
    System.out.println("child exited with " + child.waitFor());
  }
}
