package dev.grader.compile;

import static org.assertj.core.api.Assertions.assertThat;

import dev.grader.extract.JavaSource;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JavaCompilerServiceTest {
  private static final Path FIXTURES = Path.of("src/test/resources/compile");
  private static final JavaCompilerService COMPILER = new JavaCompilerService();

  @TempDir Path temp;

  @AfterAll
  static void closeCompiler() {
    COMPILER.close();
  }

  @Test
  void compilesAnAnswerIntoClassFilesInTheOutputFolder() throws IOException {
    Path out = temp.resolve("classes");

    CompileResult result = COMPILER.compile(List.of(fixture("ok/Counter.java")), out, List.of());

    assertThat(result.success()).isTrue();
    assertThat(result.diagnostics()).isEmpty();
    assertThat(out.resolve("Counter.class")).isRegularFile();
    assertThat(result.elapsed()).isPositive();
  }

  @Test
  void syntaxErrorIsReportedAtTheStudentsLine() throws IOException {
    CompileResult result =
        COMPILER.compile(List.of(fixture("syntax-error/Q2.java")), temp, List.of());

    assertThat(result.success()).isFalse();
    assertThat(result.diagnostics())
        .first()
        .hasToString(FIXTURES.resolve("syntax-error/Q2.java") + ":4: ';' expected");
    assertThat(temp.resolve("Q2.class")).doesNotExist();
  }

  @Test
  void errorInAFencedBlockPointsAtTheDocumentLine() throws IOException {
    List<String> lines = Files.readAllLines(FIXTURES.resolve("fenced/answers.md"));
    int fence = lines.indexOf("```java") + 1;
    int close = lines.subList(fence, lines.size()).indexOf("```") + fence;
    String code = String.join("\n", lines.subList(fence, close));
    JavaSource block = new JavaSource("answers.md:" + fence, fence + 1, code);

    CompileResult result = COMPILER.compile(List.of(block), temp, List.of());

    assertThat(result.diagnostics())
        .singleElement()
        .satisfies(
            d -> {
              assertThat(d.origin()).isEqualTo("answers.md");
              assertThat(d.line()).isEqualTo(14);
              assertThat(lines.get(13)).contains("String s = 42;");
              assertThat(d.column()).isPositive();
            })
        .hasToString("answers.md:14: incompatible types: int cannot be converted to String");
  }

  @Test
  void publicClassCompilesWhateverFileItCameFrom() {
    JavaSource snippet =
        new JavaSource("notes.txt", 5, "import java.util.List;\npublic class Shown {}\n");

    CompileResult result = COMPILER.compile(List.of(snippet), temp, List.of());

    assertThat(result.success()).isTrue();
    assertThat(temp.resolve("Shown.class")).isRegularFile();
  }

  @Test
  void answerWithAHelperInAnotherPackageCompiles() throws IOException {
    List<JavaSource> sources =
        List.of(
            fixture("helper-package/shop/Main.java"),
            fixture("helper-package/shop/util/Prices.java"));

    CompileResult result = COMPILER.compile(sources, temp, List.of());

    assertThat(result.success()).isTrue();
    assertThat(temp.resolve("shop/Main.class")).isRegularFile();
    assertThat(temp.resolve("shop/util/Prices.class")).isRegularFile();
  }

  @Test
  void eachCallSeesOnlyItsOwnSourcesAndClassPath() {
    Path first = temp.resolve("first");
    Path second = temp.resolve("second");
    JavaSource helper =
        new JavaSource("Helper.java", 1, "public class Helper { static int v = 1; }");
    JavaSource user = new JavaSource("User.java", 1, "public class User { int v = Helper.v; }");

    CompileResult withHelper = COMPILER.compile(List.of(helper), first, List.of());
    CompileResult alone = COMPILER.compile(List.of(user), second, List.of());
    CompileResult onClassPath =
        COMPILER.compile(List.of(user), temp.resolve("third"), List.of(first));

    assertThat(withHelper.success()).isTrue();
    assertThat(alone.success()).isFalse();
    assertThat(alone.errorLines()).anyMatch(l -> l.startsWith("User.java:1: cannot find symbol"));
    assertThat(second.resolve("Helper.class")).doesNotExist();
    assertThat(onClassPath.success()).isTrue();
    assertThat(temp.resolve("third/Helper.class")).doesNotExist();
  }

  @Test
  void compilesReuseAWarmJavacContext() {
    // The build exports javac's context pool to the tests as the grader's jar does to the grader.
    assertThat(JavaCompilerService.reusesContexts()).isTrue();
  }

  @Test
  void answersCompiledEarlierLeaveNoTraceInLaterDiagnostics() {
    List<JavaSource> declaresPackage =
        List.of(new JavaSource("Cart.java", 1, "package shop;\npublic class Cart {}"));
    List<JavaSource> shadowsString =
        List.of(new JavaSource("String.java", 1, "public class String {}"));
    List<JavaSource> usesBoth =
        List.of(
            new JavaSource(
                "User.java",
                1,
                "public class User {\n  shop.Cart cart;\n  String name = \"x\";\n  Cart other;\n}"));
    List<String> fresh;
    try (JavaCompilerService compiler = new JavaCompilerService()) {
      fresh = compiler.compile(usesBoth, temp.resolve("fresh"), List.of()).errorLines();
    }

    for (int i = 0; i < 3; i++) {
      COMPILER.compile(declaresPackage, temp.resolve("shop" + i), List.of());
      COMPILER.compile(shadowsString, temp.resolve("string" + i), List.of());
      assertThat(COMPILER.compile(usesBoth, temp.resolve("user" + i), List.of()).errorLines())
          .isEqualTo(fresh);
    }
    assertThat(fresh)
        .containsExactly(
            "User.java:2: package shop does not exist",
            "User.java:4: cannot find symbol; symbol: class Cart; location: class User");
  }

  @Test
  void pathologicalAnswerDoesNotSpoilTheNextCompile() {
    String nested = "(".repeat(20_000) + "1" + ")".repeat(20_000);
    JavaSource deep = new JavaSource("Deep.java", 1, "class Deep { int x = " + nested + "; }");
    JavaSource fine = new JavaSource("Fine.java", 1, "public class Fine { int x = 1; }");

    CompileResult failed = COMPILER.compile(List.of(deep), temp.resolve("deep"), List.of());
    CompileResult next = COMPILER.compile(List.of(fine), temp.resolve("fine"), List.of());

    assertThat(failed.success()).isFalse();
    assertThat(failed.errorLines()).isNotEmpty();
    assertThat(next.success()).isTrue();
    assertThat(temp.resolve("fine/Fine.class")).isRegularFile();
  }

  @Test
  void manyAnswersInARowCompileLikeTheFirst() {
    for (int i = 0; i < 70; i++) {
      JavaSource source =
          new JavaSource(
              "Q.java", 1, "public class Q { static int v = " + i + "; Helper" + i + " h; }");
      assertThat(COMPILER.compile(List.of(source), temp.resolve("q" + i), List.of()).errorLines())
          .containsExactly(
              "Q.java:1: cannot find symbol; symbol: class Helper" + i + "; location: class Q");
    }
  }

  @Test
  void parallelCompilesKeepTheirResultsApart() throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(2);
    List<Future<CompileResult>> futures = new ArrayList<>();
    for (int i = 0; i < 8; i++) {
      int n = i;
      String body = n % 2 == 0 ? "static int v = " + n + ";" : "static int v = \"" + n + "\";";
      JavaSource source =
          new JavaSource("Q" + n + ".java", 1, "public class Q" + n + " {\n" + body + "\n}");
      futures.add(
          pool.submit(() -> COMPILER.compile(List.of(source), temp.resolve("q" + n), List.of())));
    }
    pool.shutdown();
    assertThat(pool.awaitTermination(60, TimeUnit.SECONDS)).isTrue();

    for (int n = 0; n < 8; n++) {
      CompileResult result = futures.get(n).get();
      Path out = temp.resolve("q" + n);
      if (n % 2 == 0) {
        assertThat(result.success()).isTrue();
        try (var files = Files.list(out)) {
          assertThat(files).containsExactly(out.resolve("Q" + n + ".class"));
        }
      } else {
        assertThat(result.errorLines())
            .containsExactly(
                "Q" + n + ".java:2: incompatible types: String cannot be converted to int");
      }
    }
  }

  @Test
  void errorsBeyondTheCapAreCountedNotListed() throws IOException {
    CompileResult result =
        COMPILER.compile(List.of(fixture("many-errors/Broken.java")), temp, List.of());

    assertThat(result.diagnostics()).hasSize(JavaCompilerService.MAX_ERRORS);
    assertThat(result.omittedErrors()).isEqualTo(5);
    assertThat(result.errorLines()).last().isEqualTo("... and 5 more errors");
    assertThat(result.diagnostics().get(0).line()).isEqualTo(3);
  }

  @Test
  void warningsAreNotReported() {
    JavaSource source =
        new JavaSource(
            "Raw.java",
            1,
            "import java.util.*;\npublic class Raw { @Deprecated void old() {}"
                + " List raw() { List l = new ArrayList(); l.add(1); old(); return l; } }");

    CompileResult result = COMPILER.compile(List.of(source), temp, List.of());

    assertThat(result.success()).isTrue();
    assertThat(result.diagnostics()).isEmpty();
  }

  @Test
  void sourcesOnTheClassPathAreNotCompiledImplicitly() throws IOException {
    Path lib = Files.createDirectories(temp.resolve("lib"));
    Files.writeString(lib.resolve("Stray.java"), "public class Stray {}");
    JavaSource user = new JavaSource("User.java", 1, "public class User { Stray s; }");

    CompileResult result = COMPILER.compile(List.of(user), temp.resolve("out"), List.of(lib));

    assertThat(result.success()).isFalse();
    assertThat(temp.resolve("out/Stray.class")).doesNotExist();
  }

  @Test
  void warmCompileOfASmallAnswerStaysFarBelowAJvmStart() throws IOException {
    List<JavaSource> answer = List.of(fixture("ok/Counter.java"));
    for (int i = 0; i < 10; i++) {
      COMPILER.compile(answer, temp, List.of());
    }
    long[] nanos = new long[11];
    for (int i = 0; i < nanos.length; i++) {
      nanos[i] = COMPILER.compile(answer, temp, List.of()).elapsed().toNanos();
    }
    Arrays.sort(nanos);

    // Typically 20-60 ms; the bound only catches a regression to a process per compile.
    assertThat(Duration.ofNanos(nanos[nanos.length / 2])).isLessThan(Duration.ofMillis(500));
  }

  private static JavaSource fixture(String relative) throws IOException {
    Path file = FIXTURES.resolve(relative);
    return new JavaSource(file.toString(), 1, Files.readString(file));
  }
}
