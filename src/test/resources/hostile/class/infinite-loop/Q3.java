/** Attack: never ends and keeps one core busy. */
public class Q3 {
  static volatile long counter;

  public static void main(String[] args) {
    while (true) {
      counter++;
    }
  }
}
