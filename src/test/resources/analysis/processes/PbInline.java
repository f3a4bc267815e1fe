public class PbInline {
  public static void main(String[] args) throws Exception {
    int code =
        new ProcessBuilder("echo", "inline")
            .redirectErrorStream(true)
            .start()
            .waitFor();
    System.out.println(code);
  }
}
