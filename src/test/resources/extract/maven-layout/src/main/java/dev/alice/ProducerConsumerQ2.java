package dev.alice;

import dev.alice.common.Buffer;

public class ProducerConsumerQ2 {
  public static void main(String[] args) throws InterruptedException {
    Buffer<Integer> buffer = new Buffer<>();
    Thread producer = new Thread(() -> buffer.put(42));
    producer.start();
    System.out.println(buffer.take());
    producer.join();
  }
}
