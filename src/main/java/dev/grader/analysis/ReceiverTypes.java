package dev.grader.analysis;

import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.CallableDeclaration;
import com.github.javaparser.ast.body.Parameter;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.expr.ArrayAccessExpr;
import com.github.javaparser.ast.expr.CastExpr;
import com.github.javaparser.ast.expr.EnclosedExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.FieldAccessExpr;
import com.github.javaparser.ast.expr.LambdaExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import com.github.javaparser.ast.expr.SuperExpr;
import com.github.javaparser.ast.expr.ThisExpr;
import com.github.javaparser.ast.expr.TypePatternExpr;
import com.github.javaparser.ast.nodeTypes.NodeWithSimpleName;
import com.github.javaparser.ast.stmt.BlockStmt;
import com.github.javaparser.ast.stmt.CatchClause;
import com.github.javaparser.ast.stmt.ForEachStmt;
import com.github.javaparser.ast.stmt.ForStmt;
import com.github.javaparser.ast.stmt.SwitchEntry;
import com.github.javaparser.ast.stmt.TryStmt;
import com.github.javaparser.ast.type.ArrayType;
import com.github.javaparser.ast.type.ClassOrInterfaceType;
import com.github.javaparser.ast.type.Type;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Decides, without a symbol solver, whether a receiver expression is of a given type. It reads
 * declared types of locals, fields and parameters ({@code var x = new T()} counts as {@code T}),
 * follows call chains to their root ({@code pb.inheritIO().start()}), and knows the result types of
 * a few JDK factories ({@code Runtime.getRuntime()}, {@code ProcessBuilder.start()}). Students'
 * code is small and rarely shadows names, so nearest-enclosing-scope lookup is enough.
 */
final class ReceiverTypes {
  private static final int MAX_DEPTH = 6;

  private static final Map<String, String> JDK_RESULTS =
      Map.ofEntries(
          Map.entry("Runtime.getRuntime", "Runtime"),
          Map.entry("Runtime.exec", "Process"),
          Map.entry("ProcessBuilder.start", "Process"),
          Map.entry("Process.toHandle", "ProcessHandle"),
          Map.entry("Process.onExit", "CompletableFuture"),
          Map.entry("ProcessHandle.current", "ProcessHandle"),
          Map.entry("Executors.newFixedThreadPool", "ExecutorService"),
          Map.entry("Executors.newCachedThreadPool", "ExecutorService"),
          Map.entry("Executors.newSingleThreadExecutor", "ExecutorService"),
          Map.entry("Executors.newWorkStealingPool", "ExecutorService"),
          Map.entry("Executors.newScheduledThreadPool", "ScheduledExecutorService"),
          Map.entry("ExecutorService.submit", "Future"),
          Map.entry("ForkJoinPool.commonPool", "ForkJoinPool"),
          Map.entry("CompletableFuture.supplyAsync", "CompletableFuture"),
          Map.entry("CompletableFuture.runAsync", "CompletableFuture"),
          Map.entry("Thread.currentThread", "Thread"));

  /** Methods that return an element of their receiver: {@code processes.get(0)}. */
  private static final Set<String> ELEMENT_ACCESSORS =
      Set.of(
          "get",
          "getFirst",
          "getLast",
          "poll",
          "pollFirst",
          "pollLast",
          "take",
          "remove",
          "removeFirst",
          "removeLast",
          "peek",
          "element",
          "next",
          "orElse",
          "orElseThrow");

  private final TypeIndex index;

  ReceiverTypes(TypeIndex index) {
    this.index = index;
  }

  /** Whether {@code receiver} is of, or is written with, the type named {@code type}. */
  boolean isOfType(Expression receiver, String type) {
    return isOfType(receiver, type, false, 0);
  }

  /**
   * @param throughContainer the value was reached through a call or an index on {@code receiver}
   *     ({@code list.get(0)}, {@code procs[i]}), so a type argument or array element counts too
   */
  private boolean isOfType(Expression e, String type, boolean throughContainer, int depth) {
    if (depth > MAX_DEPTH) {
      return false;
    }
    if (e instanceof EnclosedExpr enclosed) {
      return isOfType(enclosed.getInner(), type, throughContainer, depth + 1);
    }
    if (e instanceof CastExpr cast) {
      return typeMatches(cast.getType(), type, false);
    }
    if (e instanceof ObjectCreationExpr creation) {
      return index.isA(creation.getType().getNameAsString(), type);
    }
    if (e instanceof NameExpr name) {
      return name.getNameAsString().equals(type)
          || declaredTypeMatches(name, name.getNameAsString(), type, throughContainer, depth);
    }
    if (e instanceof FieldAccessExpr field) {
      return field.getNameAsString().equals(type)
          || (field.getScope() instanceof ThisExpr
              && declaredTypeMatches(
                  field, field.getNameAsString(), type, throughContainer, depth));
    }
    if (e instanceof ThisExpr || e instanceof SuperExpr) {
      return enclosingTypeIsA(e, type);
    }
    if (e instanceof ArrayAccessExpr access) {
      return isOfType(access.getName(), type, true, depth + 1);
    }
    if (e instanceof MethodCallExpr call) {
      return callResultIsOfType(call, type, depth);
    }
    return false;
  }

  private boolean callResultIsOfType(MethodCallExpr call, String type, int depth) {
    String method = call.getNameAsString();
    if (call.getScope().isEmpty()) {
      return index.returnTypesOf(method).stream().anyMatch(t -> typeMatches(t, type, false));
    }
    Expression scope = call.getScope().get();
    boolean knownResult =
        JDK_RESULTS.entrySet().stream()
            .filter(r -> index.isA(r.getValue(), type))
            .map(r -> CallEntry.parse(r.getKey()))
            .anyMatch(
                known ->
                    known.method().equals(method)
                        && isOfType(scope, known.receiverType().orElseThrow(), false, depth + 1));
    // Builders and fluent APIs return their receiver, so the root of a chain names its type;
    // element accessors return what the receiver holds.
    return knownResult || isOfType(scope, type, ELEMENT_ACCESSORS.contains(method), depth + 1);
  }

  private boolean enclosingTypeIsA(Node node, String type) {
    return node.findAncestor(TypeDeclaration.class)
        .map(t -> index.isA(t.getNameAsString(), type))
        .orElse(false);
  }

  private boolean declaredTypeMatches(
      Node use, String variable, String type, boolean throughContainer, int depth) {
    Optional<Node> declaration = nearestDeclaration(use, variable);
    if (declaration.isEmpty()) {
      return false;
    }
    Node declared = declaration.get();
    if (declared instanceof VariableDeclarator variableDeclarator) {
      Type declaredType = variableDeclarator.getType();
      if (!declaredType.isVarType()) {
        return typeMatches(declaredType, type, throughContainer);
      }
      if (variableDeclarator.getInitializer().isPresent()) {
        return isOfType(
            variableDeclarator.getInitializer().get(), type, throughContainer, depth + 1);
      }
      return forEachElementIsOfType(variableDeclarator, type, depth);
    }
    if (declared instanceof Parameter parameter) {
      return typeMatches(parameter.getType(), type, throughContainer);
    }
    if (declared instanceof TypePatternExpr pattern) {
      return typeMatches(pattern.getType(), type, throughContainer);
    }
    return false;
  }

  /** {@code for (var p : processes)}: an element of the iterable. */
  private boolean forEachElementIsOfType(VariableDeclarator variable, String type, int depth) {
    return variable
        .findAncestor(ForEachStmt.class)
        .filter(loop -> loop.getVariable().getVariables().contains(variable))
        .map(loop -> isOfType(loop.getIterable(), type, true, depth + 1))
        .orElse(false);
  }

  private boolean typeMatches(Type declared, String type, boolean throughContainer) {
    if (declared instanceof ClassOrInterfaceType classType) {
      if (index.isA(classType.getNameAsString(), type)) {
        return true;
      }
      return throughContainer
          && classType.getTypeArguments().stream()
              .flatMap(List::stream)
              .anyMatch(argument -> typeMatches(argument, type, true));
    }
    if (declared instanceof ArrayType array) {
      return throughContainer && typeMatches(array.getComponentType(), type, true);
    }
    return false;
  }

  /**
   * The declaration of {@code variable} whose scope encloses {@code use} most closely: a local, a
   * parameter, a pattern variable or a field.
   */
  private static Optional<Node> nearestDeclaration(Node use, String variable) {
    CompilationUnit unit = use.findCompilationUnit().orElse(null);
    if (unit == null) {
      return Optional.empty();
    }
    return unit
        .findAll(
            Node.class,
            n ->
                (n instanceof VariableDeclarator
                        || n instanceof Parameter
                        || n instanceof TypePatternExpr)
                    && ((NodeWithSimpleName<?>) n).getNameAsString().equals(variable))
        .stream()
        .filter(d -> scopeOf(d).map(scope -> scope.isAncestorOf(use)).orElse(false))
        .max(Comparator.comparingInt(d -> depthOf(scopeOf(d).orElseThrow())));
  }

  private static Optional<Node> scopeOf(Node declaration) {
    Optional<Node> parent = declaration.getParentNode();
    while (parent.isPresent()) {
      Node p = parent.get();
      boolean scope =
          p instanceof BlockStmt
              || p instanceof ForStmt
              || p instanceof ForEachStmt
              || p instanceof TryStmt
              || p instanceof CatchClause
              || p instanceof SwitchEntry
              || p instanceof LambdaExpr
              || p instanceof CallableDeclaration
              || p instanceof TypeDeclaration;
      if (scope) {
        return parent;
      }
      parent = p.getParentNode();
    }
    return Optional.empty();
  }

  private static int depthOf(Node node) {
    int depth = 0;
    for (Optional<Node> p = node.getParentNode(); p.isPresent(); p = p.get().getParentNode()) {
      depth++;
    }
    return depth;
  }
}
