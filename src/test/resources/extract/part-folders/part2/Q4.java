public class Q4 {
  public static void main(String[] args) {
    System.out.println("a pool of workers");
  }
}
