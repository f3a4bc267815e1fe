import java.util.ArrayList;
import java.util.List;

public class Q6 {
    public static void main(String[] args) throws Exception {
        List<Process> processes = new ArrayList<>();
        for (int i = 1; i <= 4; i++) {
            // each process does some work (1 second) and then prints its number
            ProcessBuilder pb = new ProcessBuilder("sh", "-c", "sleep 1000 && echo " + i);
            pb.inheritIO();
            processes.add(pb.start());
        }
        for (Process p : processes) {
            p.waitFor();
        }
        System.out.println("All processes are done");
    }
}
