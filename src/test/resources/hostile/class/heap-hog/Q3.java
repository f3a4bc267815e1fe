import java.util.ArrayList;
import java.util.List;

/** Attack: keeps every megabyte it allocates on the heap. */
public class Q3 {
  public static void main(String[] args) {
    List<byte[]> kept = new ArrayList<>();
    while (true) {
      kept.add(new byte[1 << 20]);
    }
  }
}
