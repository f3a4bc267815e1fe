// Problem 3: sum of squares
package demo;

public class Task {
  public static void main(String[] args) {
    int sum = 0;
    for (int i = 1; i <= 3; i++) {
      sum += i * i;
    }
    System.out.println(sum);
  }
}
