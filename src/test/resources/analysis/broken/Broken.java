public class Broken {
  public static void main(String[] args) throws Exception {
    ProcessBuilder pb = new ProcessBuilder("ls")
    pb.start();
  }
}
