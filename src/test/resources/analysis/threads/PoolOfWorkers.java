import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

public class PoolOfWorkers {
  public static void main(String[] args) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(Runtime.getRuntime().availableProcessors());
    List<Future<Integer>> results = new ArrayList<>();
    for (int i = 0; i < 8; i++) {
      final int n = i;
      results.add(pool.submit(() -> n * n));
    }
    int sum = 0;
    for (Future<Integer> f : results) {
      sum += f.get();
    }
    pool.shutdown();
    pool.awaitTermination(1, TimeUnit.SECONDS);
    System.out.println(sum);
  }
}
