package dev.grader.grading;

import dev.grader.compile.JavaCompilerService;

/** The shared, thread-safe machinery every question grader uses. */
record GradingServices(JavaCompilerService compiler, ProgramRunner runner, TestRunner tests) {}
