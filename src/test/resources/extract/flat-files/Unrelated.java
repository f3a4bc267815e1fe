public class Unrelated {
  public static void main(String[] args) {
    System.out.println("scratch work, not an answer");
  }
}
