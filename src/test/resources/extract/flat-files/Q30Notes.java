/** Named for question 30, which does not exist: must not be taken for Q3. */
public class Q30Notes {
  public static void main(String[] args) {
    System.out.println("not question 3");
  }
}
