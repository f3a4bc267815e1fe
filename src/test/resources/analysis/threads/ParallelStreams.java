import java.util.List;
import java.util.stream.IntStream;

public class ParallelStreams {
  public static void main(String[] args) {
    List<Integer> numbers = List.of(1, 2, 3, 4);
    int viaList = numbers.parallelStream().mapToInt(Integer::intValue).sum();
    long viaRange = IntStream.rangeClosed(1, 100).parallel().filter(i -> i % 2 == 0).count();
    System.out.println(viaList + " " + viaRange);
  }
}
