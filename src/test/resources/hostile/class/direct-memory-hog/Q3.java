import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;

/** Attack: keeps every direct (off-heap) buffer it allocates. */
public class Q3 {
  public static void main(String[] args) {
    List<ByteBuffer> kept = new ArrayList<>();
    while (true) {
      kept.add(ByteBuffer.allocateDirect(1 << 20));
    }
  }
}
