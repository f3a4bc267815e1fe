import java.io.IOException;

public class Q3 {
    public static void main(String[] args) throws IOException {
        Process sleeper = new ProcessBuilder("sleep", "1").start();
        System.out.println("waiting for process " + sleeper.pid() + " ...");
        sleeper.onExit().join();
        System.out.println("done, exit value " + sleeper.exitValue());
    }
}
