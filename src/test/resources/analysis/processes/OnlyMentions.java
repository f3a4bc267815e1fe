// ProcessBuilder pb = new ProcessBuilder("ls"); pb.start();  (left as a comment)
public class OnlyMentions {
  static String processBuilderStart = "new ProcessBuilder(\"ls\").start()";

  public static void main(String[] args) throws Exception {
    /* Runtime.getRuntime().exec("ls") */
    Thread worker = new Thread(() -> System.out.println(processBuilderStart));
    worker.start();
    worker.join();
  }
}
