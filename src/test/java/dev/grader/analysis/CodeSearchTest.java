package dev.grader.analysis;

import static dev.grader.analysis.Fixtures.search;
import static org.assertj.core.api.Assertions.assertThat;

import dev.grader.extract.JavaSource;
import dev.grader.rubric.CodePattern;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CodeSearchTest {

  private static Optional<String> found(CodeSearch code, String call) {
    return code.findCall(call).map(Finding::describe);
  }

  @ParameterizedTest
  @CsvSource({
    "PbLocal.java, 6",
    "PbVarChain.java, 4",
    "PbInline.java, 4",
    "PbFieldAndFactory.java, 13",
    "PbQualified.java, 4",
  })
  void processBuilderStartIsFoundInEveryStyle(String file, int line) {
    assertThat(found(search("processes/" + file), "ProcessBuilder.start"))
        .contains("ProcessBuilder.start at " + file + ":" + line);
  }

  @Test
  void factoryMethodReturningABuilderCountsAsABuilder() {
    CodeSearch code =
        CodeSearch.of(
            List.of(
                new JavaSource(
                    "Q2.java",
                    1,
                    """
                    class Q2 {
                      static ProcessBuilder make() { return new ProcessBuilder("ls"); }
                      void go() throws Exception { make().start(); }
                    }
                    """)));

    assertThat(found(code, "ProcessBuilder.start")).contains("ProcessBuilder.start at Q2.java:3");
  }

  @Test
  void qualifiedRubricEntriesMatchSimpleNames() {
    CodeSearch code = search("processes/PbLocal.java");

    assertThat(found(code, "java.lang.ProcessBuilder.start")).isPresent();
    assertThat(code.findType("java.lang.ProcessBuilder"))
        .map(Finding::describe)
        .contains("java.lang.ProcessBuilder at PbLocal.java:5");
  }

  @Test
  void qualifiedTypeInTheCodeMatchesSimpleRubricEntry() {
    assertThat(search("processes/PbQualified.java").findType("ProcessBuilder"))
        .map(Finding::line)
        .contains(3);
  }

  @Test
  void resultOfProcessBuilderStartIsAProcess() {
    assertThat(found(search("processes/PbInline.java"), "Process.waitFor"))
        .contains("Process.waitFor at PbInline.java:4");
    assertThat(found(search("processes/PbLocal.java"), "Process.waitFor"))
        .contains("Process.waitFor at PbLocal.java:7");
  }

  @Test
  void elementsOfACollectionOfProcessesAreProcesses() {
    CodeSearch code = search("processes/PbFieldAndFactory.java");

    assertThat(found(code, "Process.waitFor"))
        .contains("Process.waitFor at PbFieldAndFactory.java:18");
    assertThat(found(code, "Process.destroy"))
        .contains("Process.destroy at PbFieldAndFactory.java:20");
  }

  @Test
  void runtimeExecIsFoundThroughGetRuntimeAndThroughAVariable() {
    CodeSearch code = search("processes/RuntimeExec.java");

    assertThat(found(code, "Runtime.exec")).contains("Runtime.exec at RuntimeExec.java:3");
    assertThat(
            found(
                CodeSearch.of(List.of(onlyLines(code, "RuntimeExec.java", 5, 6))), "Runtime.exec"))
        .isPresent();
  }

  @Test
  void commentsStringsAndLookalikeNamesDoNotCount() {
    CodeSearch code = search("processes/OnlyMentions.java");

    assertThat(code.findCall("ProcessBuilder.start")).isEmpty();
    assertThat(code.findCall("Runtime.exec")).isEmpty();
    assertThat(code.findCall("exec")).isEmpty();
    assertThat(code.findType("ProcessBuilder")).isEmpty();
    assertThat(code.findType("Runtime")).isEmpty();
  }

  @Test
  void receiverTypeTellsSameNamedMethodsApart() {
    CodeSearch code = search("processes/OnlyMentions.java");

    assertThat(found(code, "start")).contains("start at OnlyMentions.java:8");
    assertThat(found(code, "Thread.start")).contains("Thread.start at OnlyMentions.java:8");
    assertThat(found(code, "ProcessBuilder.start")).isEmpty();
    assertThat(found(search("processes/PbLocal.java"), "Thread.start")).isEmpty();
  }

  @Test
  void subclassOfThreadCountsAsAThread() {
    CodeSearch code = search("threads/ThreadSubclass.java");

    assertThat(found(code, "Thread.start")).contains("Thread.start at ThreadSubclass.java:19");
    assertThat(found(code, "Thread.join")).contains("Thread.join at ThreadSubclass.java:22");
    assertThat(code.findType("Thread")).map(Finding::line).contains(2);
  }

  @Test
  void lambdaThreadIsFound() {
    CodeSearch code = search("threads/RunnableLambda.java");

    assertThat(found(code, "Thread.start")).contains("Thread.start at RunnableLambda.java:5");
    assertThat(code.findType("Runnable")).map(Finding::line).contains(3);
  }

  @Test
  void executorServiceIsFoundAsTypeStaticFactoryAndReceiver() {
    CodeSearch code = search("threads/PoolOfWorkers.java");

    assertThat(code.findType("Executors")).map(Finding::line).contains(10);
    assertThat(code.findType("ExecutorService")).map(Finding::line).contains(10);
    assertThat(found(code, "Executors.newFixedThreadPool")).isPresent();
    assertThat(found(code, "ExecutorService.submit"))
        .contains("ExecutorService.submit at PoolOfWorkers.java:14");
    assertThat(found(code, "Future.get")).contains("Future.get at PoolOfWorkers.java:18");
    assertThat(found(code, "ExecutorService.shutdown")).isPresent();
  }

  @Test
  void importsAloneDoNotCountAsUse() {
    CodeSearch code =
        CodeSearch.of(
            List.of(
                new JavaSource(
                    "Q5.java",
                    1,
                    "import java.util.concurrent.ForkJoinPool;\nclass Q5 { void f() {} }\n")));

    assertThat(code.findType("ForkJoinPool")).isEmpty();
  }

  @Test
  void forkJoinIsFoundThroughItsTaskAndItsPool() {
    CodeSearch code = search("threads/ForkJoinSum.java");

    assertThat(code.findType("RecursiveTask")).map(Finding::line).contains(4);
    assertThat(code.findType("ForkJoinPool")).map(Finding::line).contains(29);
    assertThat(found(code, "ForkJoinPool.invoke")).isPresent();
    assertThat(found(code, "ForkJoinTask.fork"))
        .contains("ForkJoinTask.fork at ForkJoinSum.java:24");
  }

  @Test
  void parallelStreamsAreFound() {
    CodeSearch code = search("threads/ParallelStreams.java");

    assertThat(found(code, "parallelStream")).contains("parallelStream at ParallelStreams.java:7");
    assertThat(found(code, "parallel")).contains("parallel at ParallelStreams.java:8");
  }

  @Test
  void methodReferencesCountAsCalls() {
    CodeSearch code = search("threads/ParallelStreams.java", "threads/Futures.java");

    assertThat(found(code, "intValue")).contains("intValue at ParallelStreams.java:7");
    assertThat(found(code, "Integer.sum")).contains("Integer.sum at Futures.java:10");
  }

  @Test
  void completableFuturesAreFoundIncludingStaticImports() {
    CodeSearch code = search("threads/Futures.java");

    assertThat(found(code, "CompletableFuture.supplyAsync"))
        .contains("CompletableFuture.supplyAsync at Futures.java:7");
    assertThat(found(code, "CompletableFuture.join"))
        .contains("CompletableFuture.join at Futures.java:9");
    assertThat(found(code, "CompletableFuture.thenCombine")).isPresent();
  }

  @Test
  void patternReportsFirstEntryFoundCallsBeforeTypes() {
    CodeSearch code = search("threads/PoolOfWorkers.java", "threads/RunnableLambda.java");
    CodePattern pattern =
        new CodePattern(List.of("parallelStream", "Thread.start"), List.of("ExecutorService"));

    assertThat(code.find(pattern))
        .map(Finding::describe)
        .contains("Thread.start at RunnableLambda.java:5");
    assertThat(code.find(new CodePattern(List.of("fork"), List.of("ForkJoinPool")))).isEmpty();
  }

  @Test
  void sourceThatDoesNotParseIsReportedAndOthersAreStillSearched() {
    CodeSearch code = search("broken/Broken.java", "broken/Helper.java");

    assertThat(code.parseProblems()).hasSize(1);
    ParseProblem problem = code.parseProblems().get(0);
    assertThat(problem.origin()).isEqualTo("Broken.java");
    assertThat(problem.line()).isEqualTo(3);
    assertThat(problem.describe()).startsWith("Broken.java:3:").doesNotContain("\n");
    assertThat(code.findCall("ProcessBuilder.start")).isEmpty();
    assertThat(found(code, "Runtime.exec")).contains("Runtime.exec at Helper.java:3");
  }

  @Test
  void linesOfAFencedBlockAreCountedFromWhereTheBlockStarts() {
    CodeSearch code =
        CodeSearch.of(
            List.of(
                new JavaSource(
                    "answers.md",
                    40,
                    "class Q3 {\n  void f() throws Exception {\n    new ProcessBuilder(\"ls\").start();\n  }\n}\n")));

    assertThat(found(code, "ProcessBuilder.start"))
        .contains("ProcessBuilder.start at answers.md:42");
  }

  @Test
  void recordsAndSwitchExpressionsOfJava17Parse() {
    CodeSearch code =
        CodeSearch.of(
            List.of(
                new JavaSource(
                    "Q1.java",
                    1,
                    """
                    record Job(String cmd) {
                      Process run(Object o) throws Exception {
                        if (o instanceof ProcessBuilder b) { return b.start(); }
                        return switch (cmd) { case "x" -> null; default -> null; };
                      }
                    }
                    """)));

    assertThat(code.parseProblems()).isEmpty();
    assertThat(found(code, "ProcessBuilder.start")).contains("ProcessBuilder.start at Q1.java:3");
  }

  /** The same file reduced to a few of its lines, to test one style in isolation. */
  private static JavaSource onlyLines(CodeSearch unused, String file, int from, int to) {
    List<String> lines = Fixtures.source("processes/" + file).content().lines().toList();
    String body = String.join("\n", lines.subList(from - 1, to));
    return new JavaSource(file, 1, "class X { void f() throws Exception {\n" + body + "\n} }");
  }
}
