import java.util.Arrays;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

public class Q5 {
    public static void main(String[] args) throws InterruptedException {
        int[] squares = new int[5];
        ExecutorService pool = Executors.newFixedThreadPool(4);
        for (int i = 0; i < 5; i++) {
            final int index = i;
            pool.submit(() -> {
                squares[index] = (index + 1) * (index + 1);
            });
        }
        pool.shutdown();
        pool.awaitTermination(5, TimeUnit.SECONDS);
        System.out.println(Arrays.toString(squares));
    }
}
