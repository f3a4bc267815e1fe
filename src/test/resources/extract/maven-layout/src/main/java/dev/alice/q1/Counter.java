package dev.alice.q1;

class Counter {
  private int value;

  synchronized void increment() {
    value++;
  }

  synchronized int value() {
    return value;
  }
}
