package demo;

/** Question 4: two locks taken in opposite order. */
public class Deadlock {
  public static void main(String[] args) {
    // Q1 is elsewhere: a comment inside a type is no marker.
    System.out.println("deadlock demo");
  }
}
