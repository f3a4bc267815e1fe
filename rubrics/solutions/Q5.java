import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/** Q5: a pool of 4 worker threads computes the squares of 1..5. */
public class Q5 {
  public static void main(String[] args) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<Integer>> futures = new ArrayList<>();
      for (int n = 1; n <= 5; n++) {
        int number = n;
        futures.add(pool.submit(() -> number * number));
      }
      List<Integer> squares = new ArrayList<>();
      for (Future<Integer> future : futures) {
        squares.add(future.get());
      }
      System.out.println(squares);
    } finally {
      pool.shutdown();
    }
  }
}
