/** Attack: two threads take two locks in opposite order; main waits for both forever. */
public class Q3 {
  private static final Object FIRST = new Object();
  private static final Object SECOND = new Object();

  public static void main(String[] args) throws Exception {
    Thread a = new Thread(() -> lock(FIRST, SECOND));
    Thread b = new Thread(() -> lock(SECOND, FIRST));
    a.start();
    b.start();
    a.join();
    b.join();
  }

  private static void lock(Object outer, Object inner) {
    synchronized (outer) {
      pause();
      synchronized (inner) {
        System.out.println("unreachable");
      }
    }
  }

  private static void pause() {
    try {
      Thread.sleep(200);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
