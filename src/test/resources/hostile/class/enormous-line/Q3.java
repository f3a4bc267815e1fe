/** Attack: one line that never ends. */
public class Q3 {
  public static void main(String[] args) {
    char[] chunk = new char[8192];
    java.util.Arrays.fill(chunk, 'x');
    while (true) {
      System.out.print(chunk);
    }
  }
}
