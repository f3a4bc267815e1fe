import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/** Counts to a total with a pool of workers. */
public class Counter {
  private static final int WORKERS = 4;
  private static final int STEPS = 1000;

  private final AtomicInteger total = new AtomicInteger();

  int run() throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(WORKERS);
    List<Future<?>> futures = new ArrayList<>();
    for (int w = 0; w < WORKERS; w++) {
      futures.add(pool.submit(this::work));
    }
    for (Future<?> future : futures) {
      future.get();
    }
    pool.shutdown();
    pool.awaitTermination(5, TimeUnit.SECONDS);
    return total.get();
  }

  private void work() {
    for (int i = 0; i < STEPS; i++) {
      total.incrementAndGet();
    }
  }

  public static void main(String[] args) throws Exception {
    int result = new Counter().run();
    System.out.println("total = " + result);
  }
}
