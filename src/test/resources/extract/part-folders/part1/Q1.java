public class Q1 {
  public static void main(String[] args) {
    System.out.println("several processes run at once");
  }
}
