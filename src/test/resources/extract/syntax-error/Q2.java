public class Q2 {
  public static void main(String[] args) {
    System.out.println("fine");
  }
}
