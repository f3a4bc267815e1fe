import static java.util.concurrent.CompletableFuture.supplyAsync;

import java.util.concurrent.CompletableFuture;

public class Futures {
  public static void main(String[] args) {
    CompletableFuture<Integer> a = supplyAsync(() -> 20);
    var b = CompletableFuture.supplyAsync(() -> 22);
    CompletableFuture.allOf(a, b).join();
    System.out.println(a.thenCombine(b, Integer::sum).join());
  }
}
