import java.util.ArrayList;
import java.util.List;

public class Q6 {
    public static void main(String[] args) throws Exception {
        List<Process> processes = new ArrayList<>();
        for (int i = 1; i <= 4; i++) {
            Process p = new ProcessBuilder("echo", String.valueOf(i)).inheritIO().start();
            processes.add(p);
        }
        for (Process p : processes) {
            p.waitFor();
        }
    }
}
