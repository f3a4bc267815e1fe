public class ThreadSubclass {
  static class Worker extends Thread {
    private final int id;

    Worker(int id) {
      this.id = id;
    }

    @Override
    public void run() {
      System.out.println("Worker " + id);
    }
  }

  public static void main(String[] args) throws InterruptedException {
    Worker[] workers = new Worker[4];
    for (int i = 0; i < workers.length; i++) {
      workers[i] = new Worker(i);
      workers[i].start();
    }
    for (Worker w : workers) {
      w.join();
    }
  }
}
