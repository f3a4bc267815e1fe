package edu.uni.grace.util;

import java.io.File;
import java.util.ArrayList;
import java.util.List;

/** Builds commands that run a class of this program in a new JVM. */
public final class Launcher {

    private Launcher() {
    }

    public static ProcessBuilder javaProcess(Class<?> mainClass, String... args) {
        List<String> command = new ArrayList<>();
        command.add(System.getProperty("java.home") + File.separator + "bin" + File.separator + "java");
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add(mainClass.getName());
        command.addAll(List.of(args));
        return new ProcessBuilder(command);
    }
}
