/** Used by Worker only: found transitively. */
public class Log {
  public synchronized void write(String line) {
    System.out.println(line);
  }
}
