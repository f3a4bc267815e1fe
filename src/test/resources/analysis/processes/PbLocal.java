import java.io.IOException;

public class PbLocal {
  public static void main(String[] args) throws IOException, InterruptedException {
    ProcessBuilder pb = new ProcessBuilder("java", "-version");
    Process child = pb.start();
    System.out.println("exit " + child.waitFor());
  }
}
