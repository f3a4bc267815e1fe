import java.util.concurrent.TimeUnit;

public class Q3 {
    public static void main(String[] args) throws Exception {
        ProcessBuilder pb = new ProcessBuilder("echo", "hello from the child process");
        pb.inheritIO();
        Process process = pb.start();
        boolean finished = process.waitFor(5, TimeUnit.SECONDS);
        if (finished) {
            System.out.println("child finished with exit value " + process.exitValue());
        } else {
            System.out.println("child did not finish in time");
            process.destroy();
        }
    }
}
