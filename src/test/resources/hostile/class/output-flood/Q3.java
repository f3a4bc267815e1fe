import java.io.FileOutputStream;
import java.io.FileDescriptor;
import java.io.IOException;
import java.util.Arrays;

/** Attack: writes to stdout and stderr as fast as it can, forever. */
public class Q3 {
  public static void main(String[] args) throws Exception {
    byte[] line = new byte[4096];
    Arrays.fill(line, (byte) 'f');
    line[line.length - 1] = '\n';
    Thread err = new Thread(() -> flood(new FileOutputStream(FileDescriptor.err), line));
    err.start();
    flood(new FileOutputStream(FileDescriptor.out), line);
  }

  private static void flood(FileOutputStream out, byte[] line) {
    try {
      while (true) {
        out.write(line);
      }
    } catch (IOException e) {
      // The reader went away: nothing left to flood.
    }
  }
}
