// Q3
package edu.uni.grace.q3;

import java.io.IOException;

/** Starts the "date" command as a child process and waits until it has finished. */
public class ProcessDemo {

    public static void main(String[] args) throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder("date");
        builder.inheritIO();
        Process process = builder.start();
        System.out.println("Started process with pid " + process.pid());
        int exitCode = process.waitFor();
        System.out.println("Process ended with exit code " + exitCode);
    }
}
