import java.util.List;
import java.util.concurrent.ForkJoinPool;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

public class Q5 {
    public static void main(String[] args) throws Exception {
        ForkJoinPool pool = new ForkJoinPool(4);
        // a parallel stream started from inside a pool runs on that pool's workers
        List<Integer> squares = pool.submit(() ->
                IntStream.rangeClosed(1, 5)
                        .parallel()
                        .map(x -> x * x)
                        .boxed()
                        .collect(Collectors.toList()))
                .get();
        pool.shutdown();
        System.out.println(squares);
    }
}
