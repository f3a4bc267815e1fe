import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.RecursiveTask;

public class ForkJoinSum extends RecursiveTask<Long> {
  private final long from;
  private final long to;

  ForkJoinSum(long from, long to) {
    this.from = from;
    this.to = to;
  }

  @Override
  protected Long compute() {
    if (to - from < 1000) {
      long s = 0;
      for (long i = from; i < to; i++) {
        s += i;
      }
      return s;
    }
    long mid = (from + to) / 2;
    ForkJoinSum left = new ForkJoinSum(from, mid);
    left.fork();
    return new ForkJoinSum(mid, to).compute() + left.join();
  }

  public static void main(String[] args) {
    System.out.println(ForkJoinPool.commonPool().invoke(new ForkJoinSum(0, 1_000_000)));
  }
}
