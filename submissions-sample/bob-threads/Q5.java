import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

public class Q5 {
    public static void main(String[] args) throws Exception {
        ExecutorService executor = Executors.newFixedThreadPool(4);
        List<Callable<Integer>> tasks = new ArrayList<>();
        for (int i = 1; i <= 5; i++) {
            final int x = i;
            tasks.add(() -> x * x);
        }
        List<Integer> results = new ArrayList<>();
        for (Future<Integer> f : executor.invokeAll(tasks)) {
            results.add(f.get());
        }
        executor.shutdown();
        System.out.println(results);
    }
}
