package dev.alice.q1;

public class Main {
  public static void main(String[] args) throws InterruptedException {
    Counter counter = new Counter();
    Thread a = new Thread(counter::increment);
    Thread b = new Thread(counter::increment);
    a.start();
    b.start();
    a.join();
    b.join();
    System.out.println(counter.value());
  }
}
