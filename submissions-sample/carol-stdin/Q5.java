import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

public class Q5 {
    public static void main(String[] args) {
        ExecutorService workers = Executors.newFixedThreadPool(4);
        List<CompletableFuture<Integer>> futures = IntStream.rangeClosed(1, 5)
                .mapToObj(n -> CompletableFuture.supplyAsync(() -> n * n, workers))
                .collect(Collectors.toList());
        List<Integer> squares = futures.stream()
                .map(CompletableFuture::join)
                .collect(Collectors.toList());
        System.out.println(squares);
        workers.shutdown();
    }
}
