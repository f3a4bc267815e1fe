/** Attack: waits for input that nobody types; the grader gives end of input at once. */
public class Q3 {
  public static void main(String[] args) throws Exception {
    byte[] all = System.in.readAllBytes();
    int again = System.in.read();
    System.out.println("read " + all.length + " bytes, then " + again);
    System.out.println("console: " + System.console());
  }
}
