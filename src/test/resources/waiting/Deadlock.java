import java.util.List;
import java.util.concurrent.CountDownLatch;

/** Each of two threads waits for the other to be ready first; main joins them and waits for ever. */
public class Deadlock {
  public static void main(String[] args) throws InterruptedException {
    CountDownLatch firstReady = new CountDownLatch(1);
    CountDownLatch secondReady = new CountDownLatch(1);
    List<Thread> pair =
        List.of(
            new Thread(() -> handshake(secondReady, firstReady)),
            new Thread(() -> handshake(firstReady, secondReady)));
    pair.forEach(Thread::start);
    for (Thread thread : pair) {
      thread.join();
    }
  }

  private static void handshake(CountDownLatch theirs, CountDownLatch mine) {
    try {
      theirs.await();
      mine.countDown();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
