package dev.grader.compile;

import dev.grader.GraderException;
import dev.grader.extract.JavaSource;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.Semaphore;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.StandardLocation;
import javax.tools.ToolProvider;

/**
 * Compiles answers with the JDK's compiler inside the grader's JVM, so that a warm compiler costs
 * tens of milliseconds per answer instead of a JVM start.
 *
 * <p>Safe for concurrent use: every call gets its own compile task and a file manager no other call
 * is using. File managers are pooled because they cache the opened class-path jars and the platform
 * classes; a call borrows one, with its {@link WarmContext} where there is one, and returns them
 * when done.
 */
public final class JavaCompilerService implements AutoCloseable {
  /**
   * No {@code --release}: answers run on the grader's own JDK, and {@code --release} makes every
   * task open the JDK's {@code ct.sym} archive again, which cost about a third of each compile.
   */
  static final List<String> OPTIONS =
      List.of("-proc:none", "-g", "-encoding", "UTF-8", "-Xlint:none", "-nowarn", "-implicit:none");

  static final int MAX_ERRORS = 20;
  private static final Pattern QUALIFIED_NAME =
      Pattern.compile("(?<![\\w$.])(?:[a-z_][\\w$]*\\.)+([A-Z][\\w$]*)");

  private final JavaCompiler compiler;

  /**
   * Compiles at once: one per two cores. Compiling is about a tenth of a class's CPU time, the
   * other cores run the students' programs, and one compile alone takes half the time of two side
   * by side on 2 cores (median 58 ms against 150 ms for 40 students); each also holds a compiler's
   * symbol tables in the grader's bounded heap. Answers compile in the order they arrive, that is
   * student after student, so that every question's programs start from the first students on.
   */
  private final Semaphore running =
      new Semaphore(Math.max(1, Runtime.getRuntime().availableProcessors() / 2), true);

  private final ConcurrentLinkedDeque<Bench> idleBenches = new ConcurrentLinkedDeque<>();

  /** A file manager and the warm context that goes with it: javac's context keeps its first. */
  private record Bench(StandardJavaFileManager fileManager, Optional<WarmContext> context) {}

  public JavaCompilerService() {
    compiler = ToolProvider.getSystemJavaCompiler();
    if (compiler == null) {
      throw new GraderException(
          "this Java runtime ("
              + System.getProperty("java.home")
              + ") has no compiler; run the grader with a JDK 17 or newer, not a JRE");
    }
  }

  /**
   * Compiles one answer's sources into {@code outDir}, which is created if needed. Each call is
   * independent: it sees only its own sources and {@code classpath}.
   *
   * @param sources the sources to compile together (an answer and its helpers)
   * @param outDir where the class files go, a folder a child JVM can run them from
   * @param classpath compiled classes and jars the sources may use
   * @return the outcome; compile errors are part of it, never thrown
   */
  public CompileResult compile(List<JavaSource> sources, Path outDir, List<Path> classpath) {
    running.acquireUninterruptibly();
    try {
      return compileNow(sources, outDir, classpath);
    } finally {
      running.release();
    }
  }

  /**
   * Compiles as {@link #compile(List, Path, List)} does, but at once, beside the answers taking
   * turns: for what much else waits for, such as the instructor tests every test run needs, which
   * would otherwise hold the first turn while the compiler warms up.
   */
  public CompileResult compileAtOnce(List<JavaSource> sources, Path outDir, List<Path> classpath) {
    return compileNow(sources, outDir, classpath);
  }

  private CompileResult compileNow(List<JavaSource> sources, Path outDir, List<Path> classpath) {
    if (sources.isEmpty()) {
      throw new IllegalArgumentException("nothing to compile");
    }
    long start = System.nanoTime();
    createFolder(outDir);
    List<SourceObject> units = sources.stream().map(SourceObject::new).toList();
    DiagnosticCollector<JavaFileObject> collector = new DiagnosticCollector<>();
    Bench bench = borrowBench();
    StandardJavaFileManager fileManager = bench.fileManager();
    boolean reusable = false;
    boolean compiled;
    try {
      fileManager.setLocationFromPaths(StandardLocation.CLASS_OUTPUT, List.of(outDir));
      fileManager.setLocationFromPaths(StandardLocation.CLASS_PATH, classpath);
      // An empty source path stops javac from picking up stray .java files on the class path.
      fileManager.setLocationFromPaths(StandardLocation.SOURCE_PATH, List.of());
      if (classpath.isEmpty() && bench.context().isPresent()) {
        compiled = bench.context().get().compile(fileManager, collector, OPTIONS, units);
      } else {
        compiled =
            compiler
                .getTask(new StringWriter(), fileManager, collector, OPTIONS, null, units)
                .call();
      }
      reusable = true;
    } catch (IOException e) {
      throw new GraderException("cannot use the class path " + classpath + ": " + e, e);
    } catch (RuntimeException | StackOverflowError e) {
      // Pathological sources (deep nesting, huge literals) can crash javac itself.
      return failed(
          List.of(new CompileDiagnostic("javac", 0, 0, "the compiler crashed: " + e)), 0, start);
    } finally {
      giveBack(bench, reusable);
    }
    List<CompileDiagnostic> errors = errors(collector.getDiagnostics());
    if (compiled && errors.isEmpty()) {
      return new CompileResult(true, List.of(), 0, since(start));
    }
    if (errors.isEmpty()) {
      errors = List.of(new CompileDiagnostic("javac", 0, 0, "compilation failed"));
    }
    int shown = Math.min(errors.size(), MAX_ERRORS);
    return failed(errors.subList(0, shown), errors.size() - shown, start);
  }

  /** Closes the pooled file managers; calls still running keep theirs until they end. */
  @Override
  public void close() {
    Bench bench;
    while ((bench = idleBenches.poll()) != null) {
      closeQuietly(bench.fileManager());
    }
  }

  /** Whether compiles without a class path reuse a warm javac context (see {@link WarmContext}). */
  static boolean reusesContexts() {
    return WarmContext.available();
  }

  private Bench borrowBench() {
    Bench idle = idleBenches.poll();
    return idle != null
        ? idle
        : new Bench(
            compiler.getStandardFileManager(null, Locale.ROOT, StandardCharsets.UTF_8),
            WarmContext.create());
  }

  private void giveBack(Bench bench, boolean reusable) {
    if (reusable) {
      idleBenches.push(bench);
    } else {
      closeQuietly(bench.fileManager());
    }
  }

  private static List<CompileDiagnostic> errors(
      List<Diagnostic<? extends JavaFileObject>> diagnostics) {
    List<CompileDiagnostic> errors = new ArrayList<>();
    for (Diagnostic<? extends JavaFileObject> d : diagnostics) {
      if (d.getKind() == Diagnostic.Kind.ERROR) {
        errors.add(toStudentLines(d));
      }
    }
    return errors;
  }

  private static CompileDiagnostic toStudentLines(Diagnostic<? extends JavaFileObject> d) {
    String message = oneLine(d.getMessage(Locale.ROOT));
    if (!(d.getSource() instanceof SourceObject unit)) {
      return new CompileDiagnostic("javac", 0, 0, message);
    }
    JavaSource source = unit.source();
    long line =
        d.getLineNumber() == Diagnostic.NOPOS ? 0 : source.firstLine() - 1 + d.getLineNumber();
    long column = Math.max(0, d.getColumnNumber());
    return new CompileDiagnostic(fileOf(source.origin()), line, column, message);
  }

  /** The file part of an origin such as {@code answers.md:42}; the mapped line replaces it. */
  private static String fileOf(String origin) {
    return origin.replaceFirst(":\\d+$", "");
  }

  /** javac's multi-line messages ("cannot find symbol" + symbol + location) on one line. */
  private static String oneLine(String message) {
    return simpleNames(message.strip().replaceAll("\\s*\\R\\s*", "; ").replaceAll("[ \\t]+", " "));
  }

  /**
   * Drops package prefixes ({@code java.lang.String} becomes {@code String}) where the simple name
   * is unambiguous in the message, as javac does on the command line; the API spells them out.
   */
  private static String simpleNames(String message) {
    Map<String, Set<String>> qualifiedBySimple = new HashMap<>();
    Matcher names = QUALIFIED_NAME.matcher(message);
    while (names.find()) {
      qualifiedBySimple.computeIfAbsent(names.group(1), k -> new HashSet<>()).add(names.group());
    }
    return QUALIFIED_NAME
        .matcher(message)
        .replaceAll(
            name ->
                qualifiedBySimple.get(name.group(1)).size() == 1
                    ? Matcher.quoteReplacement(name.group(1))
                    : Matcher.quoteReplacement(name.group()));
  }

  private static CompileResult failed(List<CompileDiagnostic> errors, int omitted, long start) {
    return new CompileResult(false, errors, omitted, since(start));
  }

  private static Duration since(long startNanos) {
    return Duration.ofNanos(System.nanoTime() - startNanos);
  }

  private static void createFolder(Path dir) {
    try {
      Files.createDirectories(dir);
    } catch (IOException e) {
      throw new GraderException("cannot create the class output folder " + dir + ": " + e, e);
    }
  }

  private static void closeQuietly(StandardJavaFileManager fileManager) {
    try {
      fileManager.close();
    } catch (IOException e) {
      // Only open jar handles are lost; nothing a caller could act on.
    }
  }
}
