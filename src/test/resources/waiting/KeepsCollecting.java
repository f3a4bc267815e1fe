import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Fills a large table for a few seconds: long collections, during which its thread waits. */
public class KeepsCollecting {
  public static void main(String[] args) {
    Map<Integer, List<Integer>> table = new HashMap<>();
    long end = System.nanoTime() + 4_000_000_000L;
    for (int i = 0; i < 30_000_000 && System.nanoTime() < end; i++) {
      table.put(i, new ArrayList<>(List.of(i, i + 1)));
    }
    System.out.println("kept " + table.size());
  }
}
