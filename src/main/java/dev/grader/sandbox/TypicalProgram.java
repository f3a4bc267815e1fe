package dev.grader.sandbox;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Scanner;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * Does once what the assignment's programs do, so that {@link ProgramArchive} archives the JDK
 * classes they load: starts JVMs (output piped and inherited), runs a pool of workers with futures,
 * completable futures, a parallel stream, threads with a latch and a lock, reads standard input,
 * concatenates and formats strings. It runs from its class file alone: nothing else of the grader
 * is on its class path.
 */
public final class TypicalProgram {
  private static final int WORKERS = 4;

  private TypicalProgram() {}

  public static void main(String[] args) throws Exception {
    if (args.length > 0) {
      System.out.println("child " + args[0] + " is process " + ProcessHandle.current().pid());
      return;
    }
    startProcesses();
    System.out.println(squaresOnAPool());
    System.out.println(CompletableFuture.supplyAsync(() -> 6).thenApply(n -> n * n).join());
    System.out.println(
        IntStream.rangeClosed(1, 5)
            .parallel()
            .map(n -> n * n)
            .boxed()
            .collect(Collectors.toList()));
    System.out.println(countWithThreads());
    try (Scanner input = new Scanner(System.in, StandardCharsets.UTF_8)) {
      System.out.printf("input: %s%n", input.hasNextLine() ? input.nextLine() : "none");
    }
  }

  private static void startProcesses() throws IOException, InterruptedException {
    String java = System.getProperty("java.home") + "/bin/java";
    String classpath = System.getProperty("java.class.path");
    String main = TypicalProgram.class.getName();
    Process piped =
        new ProcessBuilder(java, "-cp", classpath, main, "1").redirectErrorStream(true).start();
    try (BufferedReader output =
        new BufferedReader(new InputStreamReader(piped.getInputStream(), StandardCharsets.UTF_8))) {
      output.lines().forEach(System.out::println);
    }
    Process inherited = new ProcessBuilder(java, "-cp", classpath, main, "2").inheritIO().start();
    System.out.println(piped.waitFor() + inherited.waitFor());
  }

  private static List<Integer> squaresOnAPool() throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(WORKERS);
    try {
      List<Callable<Integer>> tasks = new ArrayList<>();
      for (int n = 1; n <= WORKERS; n++) {
        int number = n;
        tasks.add(() -> number * number);
      }
      List<Integer> squares = new ArrayList<>();
      for (Future<Integer> square : pool.invokeAll(tasks)) {
        squares.add(square.get());
      }
      squares.add(pool.submit(() -> 25).get(10, TimeUnit.SECONDS));
      return squares;
    } finally {
      pool.shutdown();
    }
  }

  private static String countWithThreads() throws InterruptedException {
    AtomicInteger count = new AtomicInteger();
    Map<String, Integer> byThread = new ConcurrentHashMap<>();
    CountDownLatch done = new CountDownLatch(WORKERS);
    Object lock = new Object();
    List<Thread> threads = new ArrayList<>();
    for (int i = 0; i < WORKERS; i++) {
      Thread thread =
          new Thread(
              () -> {
                synchronized (lock) {
                  count.incrementAndGet();
                }
                byThread.merge(Thread.currentThread().getName(), 1, Integer::sum);
                done.countDown();
              });
      threads.add(thread);
      thread.start();
    }
    done.await(10, TimeUnit.SECONDS);
    for (Thread thread : threads) {
      thread.join();
    }
    return String.format("%d threads counted %d", byThread.size(), count.get());
  }
}
