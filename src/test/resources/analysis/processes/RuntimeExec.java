public class RuntimeExec {
  public static void main(String[] args) throws Exception {
    Process first = Runtime.getRuntime().exec(new String[] {"ls", "-l"});
    first.waitFor();
    Runtime runtime = Runtime.getRuntime();
    runtime.exec("pwd").waitFor();
  }
}
