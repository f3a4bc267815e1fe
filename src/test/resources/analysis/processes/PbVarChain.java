public class PbVarChain {
  public static void main(String[] args) throws Exception {
    var builder = new ProcessBuilder("echo", "hi");
    var process = builder.inheritIO().start();
    process.waitFor();
  }
}
