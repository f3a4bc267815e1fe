/** Attack: leaves before main runs. */
public class Q3 {
  static {
    System.out.println("static initialiser");
    System.exit(3);
  }

  public static void main(String[] args) {
    System.out.println("child exited with 0");
  }
}
