public class Worker extends Thread {
  private final int id;
  private final Log log = new Log();

  public Worker(int id) {
    this.id = id;
  }

  @Override
  public void run() {
    log.write("worker " + id);
  }
}
