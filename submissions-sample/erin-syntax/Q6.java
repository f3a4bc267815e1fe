import java.io.BufferedReader;
import java.io.InputStreamReader;

public class Q6 {
    public static void main(String[] args) throws Exception {
        Process[] children = new Process[4];
        for (int i = 0; i < 4; i++) {
            children[i] = Runtime.getRuntime().exec(new String[] {"echo", Integer.toString(i + 1)});
        }
        for (Process child : children) {
            try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream()))) {
                String line;
                while ((line = out.readLine()) != null) {
                    System.out.println(line);
                }
            }
            child.waitFor();
        }
    }
}
