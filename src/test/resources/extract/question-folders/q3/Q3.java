public class Q3 {
  public static void main(String[] args) throws Exception {
    Process child = new ProcessBuilder("true").start();
    System.out.println("exit " + child.waitFor());
  }
}
