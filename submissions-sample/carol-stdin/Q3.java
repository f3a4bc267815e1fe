import java.util.Scanner;

public class Q3 {
    public static void main(String[] args) throws Exception {
        Scanner in = new Scanner(System.in);
        System.out.print("Which command should the child process run? ");
        String command = in.nextLine();

        ProcessBuilder builder = new ProcessBuilder(command.split(" "));
        builder.inheritIO();
        Process process = builder.start();
        int code = process.waitFor();
        System.out.println("Child exited with code " + code);
    }
}
