import java.util.ArrayList;
import java.util.List;

public class Q6 {
    public static void main(String[] args) throws Exception {
        if (args.length > 0) {
            // child: print the number followed by a space, no newline, one character at a time
            for (char c : (args[0] + " ").toCharArray()) {
                System.out.print(c);
                System.out.flush();
            }
            return;
        }
        String java = System.getProperty("java.home") + "/bin/java";
        List<Process> children = new ArrayList<>();
        for (int i = 1; i <= 4; i++) {
            children.add(new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                    "Q6", Integer.toString(i)).inheritIO().start());
        }
        for (Process child : children) {
            child.waitFor();
        }
        System.out.println();
    }
}
