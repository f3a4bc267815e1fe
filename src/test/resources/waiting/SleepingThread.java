/** Main joins a thread, named by the second argument, that sleeps the first argument's millis. */
public class SleepingThread {
  public static void main(String[] args) throws InterruptedException {
    long millis = Long.parseLong(args[0]);
    Thread sleeper =
        new Thread(
            () -> {
              try {
                Thread.sleep(millis);
                System.out.println("awake");
              } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
              }
            },
            args[1]);
    sleeper.start();
    sleeper.join();
  }
}
