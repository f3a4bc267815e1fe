package edu.uni.grace.q6;

import edu.uni.grace.util.Launcher;
import java.util.ArrayList;
import java.util.List;

/** Starts four JVMs; each one prints the number it was given. */
public class Question6 {

    public static void main(String[] args) throws Exception {
        if (args.length == 1) {
            System.out.println(args[0]);
            return;
        }
        List<Process> workers = new ArrayList<>();
        for (int i = 1; i <= 4; i++) {
            ProcessBuilder builder = Launcher.javaProcess(Question6.class, String.valueOf(i));
            builder.inheritIO();
            workers.add(builder.start());
        }
        for (Process worker : workers) {
            worker.waitFor();
        }
    }
}
