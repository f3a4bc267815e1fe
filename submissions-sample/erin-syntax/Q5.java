import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

public class Q5 {
    public static void main(String[] args) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        List<Future<Integer>> futures = new ArrayList<>();
        for (int i = 1; i <= 5; i++) {
            int n = i
            futures.add(pool.submit(() -> n * n));
        }
        List<Integer> squares = new ArrayList<>();
        for (Future<Integer> future : futures) {
            squares.add(future.get());
        }
        pool.shutdown();
        System.out.println(squares);
    }
}
