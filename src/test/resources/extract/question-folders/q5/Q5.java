import java.util.List;

public class Q5 {
  public static void main(String[] args) {
    System.out.println(List.of(1, 4, 9, 16, 25));
  }
}
