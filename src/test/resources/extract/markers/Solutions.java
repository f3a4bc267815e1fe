package demo;

import java.util.concurrent.atomic.AtomicInteger;

// Q1
class Counter {
  static final AtomicInteger COUNT = new AtomicInteger();

  public static void main(String[] args) {
    System.out.println(Util.twice(COUNT.incrementAndGet()));
  }
}

/* Question 2 */
class Pinger {
  public static void main(String[] args) {
    System.out.println("ping");
  }
}

class Ponger {
  void pong() {
    new Pinger();
  }
}
