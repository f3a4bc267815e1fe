package dev.grader.compile;

import com.sun.source.util.JavacTask;
import com.sun.source.util.TaskEvent;
import com.sun.source.util.TaskListener;
import java.io.StringWriter;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.List;
import java.util.Optional;
import javax.tools.DiagnosticListener;
import javax.tools.JavaFileManager;
import javax.tools.JavaFileObject;

/**
 * A javac context kept from one compile to the next, so that the JDK's own classes are read once
 * instead of once per answer: a warm compile of a small answer costs about 10 ms of CPU instead of
 * 26 ms. It is javac's own {@code JavacTaskPool} with room for one context, which after every
 * compile removes the classes that compile declared. The JDK exports it only to jshell and javadoc,
 * so it is reached by reflection; the grader's jar exports it to the grader (its manifest's {@code
 * Add-Exports}). Where it is not exported there is no warm context and every compile starts fresh.
 *
 * <p>Used only with the same file manager and an empty class path: javac keeps what it read from a
 * class path, and its context keeps the first file manager. It also keeps the packages it has seen:
 * after an answer declaring {@code package shop}, another answer naming {@code shop.Cart} would
 * read "cannot find symbol" where a fresh compiler says "package shop does not exist". So a compile
 * that declares a package ends the context, as does every {@value #USES}th compile (javac's name
 * table only grows).
 */
final class WarmContext {
  private static final String POOL_CLASS = "com.sun.tools.javac.api.JavacTaskPool";
  private static final int USES = 64;
  private static final Optional<Api> API = Api.find();

  private final Api api;
  private Object pool;
  private int uses;

  private WarmContext(Api api, Object pool) {
    this.api = api;
    this.pool = pool;
  }

  /** Whether the JDK exports javac's context pool to the grader. */
  static boolean available() {
    return API.isPresent();
  }

  /** A fresh context, or empty where the JDK does not export it to the grader. */
  static Optional<WarmContext> create() {
    return API.map(api -> new WarmContext(api, api.newPool()));
  }

  /**
   * Compiles {@code units} as {@code JavaCompiler.getTask(...).call()} would, then starts afresh
   * when this compile declared a package or the context has served {@value #USES} compiles.
   *
   * @return whether javac succeeded
   * @throws RuntimeException or {@link StackOverflowError} when javac itself crashes; javac's pool
   *     then drops the context it was using
   */
  boolean compile(
      JavaFileManager fileManager,
      DiagnosticListener<? super JavaFileObject> diagnostics,
      List<String> options,
      List<? extends JavaFileObject> units) {
    PackageSpy packages = new PackageSpy();
    Object worker =
        Proxy.newProxyInstance(
            api.worker.getClassLoader(),
            new Class<?>[] {api.worker},
            (proxy, method, args) -> {
              if (!method.getName().equals("withTask")) {
                throw new UnsupportedOperationException(method.getName());
              }
              JavacTask task = (JavacTask) args[0];
              task.addTaskListener(packages);
              return task.call();
            });
    boolean compiled =
        api.getTask(pool, new StringWriter(), fileManager, diagnostics, options, units, worker);
    if (packages.declared || ++uses >= USES) {
      pool = api.newPool();
      uses = 0;
    }
    return compiled;
  }

  /** Notices a compilation unit with a package declaration. */
  private static final class PackageSpy implements TaskListener {
    private boolean declared;

    @Override
    public void finished(TaskEvent event) {
      if (event.getKind() == TaskEvent.Kind.PARSE
          && event.getCompilationUnit().getPackage() != null) {
        declared = true;
      }
    }
  }

  /** The reflective handles on javac's pool. */
  private record Api(Constructor<?> constructor, Method getTask, Class<?> worker) {
    static Optional<Api> find() {
      boolean exported =
          ModuleLayer.boot()
              .findModule("jdk.compiler")
              .map(
                  module ->
                      module.isExported(
                          POOL_CLASS.substring(0, POOL_CLASS.lastIndexOf('.')),
                          WarmContext.class.getModule()))
              .orElse(false);
      if (!exported) {
        return Optional.empty();
      }
      try {
        Class<?> pool = Class.forName(POOL_CLASS);
        Class<?> worker = Class.forName(POOL_CLASS + "$Worker");
        Method getTask =
            pool.getMethod(
                "getTask",
                java.io.Writer.class,
                JavaFileManager.class,
                DiagnosticListener.class,
                Iterable.class,
                Iterable.class,
                Iterable.class,
                worker);
        return Optional.of(new Api(pool.getConstructor(int.class), getTask, worker));
      } catch (ReflectiveOperationException | RuntimeException e) {
        // Another JDK's javac without this pool: compiles start fresh.
        return Optional.empty();
      }
    }

    /** A pool holding one context; its public constructor was found, so it cannot fail. */
    Object newPool() {
      try {
        return constructor.newInstance(1);
      } catch (ReflectiveOperationException e) {
        throw new IllegalStateException("cannot create javac's context pool", e);
      }
    }

    boolean getTask(
        Object pool,
        StringWriter out,
        JavaFileManager fileManager,
        DiagnosticListener<? super JavaFileObject> diagnostics,
        List<String> options,
        List<? extends JavaFileObject> units,
        Object worker) {
      try {
        return (Boolean)
            getTask.invoke(pool, out, fileManager, diagnostics, options, null, units, worker);
      } catch (InvocationTargetException e) {
        if (e.getCause() instanceof RuntimeException crash) {
          throw crash;
        }
        if (e.getCause() instanceof Error error) {
          throw error;
        }
        throw new IllegalStateException("javac failed", e.getCause());
      } catch (IllegalAccessException e) {
        throw new IllegalStateException("javac's context pool is not accessible", e);
      }
    }
  }
}
