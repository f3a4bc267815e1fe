public class Q1 {
  public static void main(String[] args) throws InterruptedException {
    Thread t = new Thread(() -> System.out.println("hello from a thread"));
    t.start();
    t.join();
  }
}
