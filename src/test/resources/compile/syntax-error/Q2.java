public class Q2 {
  public static void main(String[] args) {
    int x = 1;
    System.out.println(x)
  }

  static int twice(int y) {
    return undefined * 2;
  }
}
