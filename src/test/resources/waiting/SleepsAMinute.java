/** Main joins a thread that sleeps a minute: a timed wait the run's limit may or may not outlast. */
public class SleepsAMinute {
  public static void main(String[] args) throws InterruptedException {
    Thread sleeper =
        new Thread(
            () -> {
              try {
                Thread.sleep(60_000);
              } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
              }
            });
    sleeper.start();
    sleeper.join();
  }
}
