package dev.alice.common;

import java.util.ArrayDeque;
import java.util.Deque;

public class Buffer<T> {
  private final Deque<T> items = new ArrayDeque<>();

  public synchronized void put(T item) {
    items.addLast(item);
    notifyAll();
  }

  public synchronized T take() throws InterruptedException {
    while (items.isEmpty()) {
      wait();
    }
    return items.removeFirst();
  }
}
