/** Attack: a shell child starts two hundred background processes; everyone exits at once. */
public class Q3 {
  public static void main(String[] args) throws Exception {
    String storm = "for i in $(seq 200); do sleep 1004.4242 </dev/null >/dev/null 2>&1 & done";
    Process child = new ProcessBuilder("sh", "-c", storm).start();
    System.out.println("child exited with " + child.waitFor());
  }
}
