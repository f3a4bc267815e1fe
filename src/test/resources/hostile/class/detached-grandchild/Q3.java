/**
 * Attack: leaves grandchildren behind that no longer belong to it: one in a new session, one
 * double-forked through a subshell, one under nohup; then exits at once.
 */
public class Q3 {
  public static void main(String[] args) throws Exception {
    String script =
        "setsid sleep 1005.4242 </dev/null >/dev/null 2>&1 &"
            + " (sleep 1006.4242 </dev/null >/dev/null 2>&1 &);"
            + " nohup sleep 1007.4242 </dev/null >/dev/null 2>&1 &";
    Process child = new ProcessBuilder("sh", "-c", script).start();
    System.out.println("child exited with " + child.waitFor());
  }
}
