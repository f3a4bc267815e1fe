public class RunnableLambda {
  public static void main(String[] args) throws InterruptedException {
    Runnable task = () -> System.out.println(Thread.currentThread().getName());
    Thread t = new Thread(task, "helper");
    t.start();
    t.join();
  }
}
