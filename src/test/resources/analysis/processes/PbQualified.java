public class PbQualified {
  public static void main(String[] args) throws Exception {
    java.lang.ProcessBuilder pb = new java.lang.ProcessBuilder("true");
    pb.start();
  }
}
