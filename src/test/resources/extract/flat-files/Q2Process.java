import java.util.ArrayList;
import java.util.List;

public class Q2Process {
  public static void main(String[] args) throws InterruptedException {
    List<Worker> workers = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      workers.add(new Worker(i));
    }
    for (Worker w : workers) {
      w.start();
    }
    for (Worker w : workers) {
      w.join();
    }
  }
}
