package dev.grader.analysis;

import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.body.ClassOrInterfaceDeclaration;
import com.github.javaparser.ast.body.EnumDeclaration;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.body.RecordDeclaration;
import com.github.javaparser.ast.type.ClassOrInterfaceType;
import com.github.javaparser.ast.type.Type;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the student's own sources declare, by simple name: the supertypes of their classes (so a
 * {@code Worker extends Thread} counts as a {@code Thread}) and the return types of their methods
 * (so {@code builder().start()} can be traced to a {@code ProcessBuilder}).
 */
final class TypeIndex {
  /** The few JDK subtype relations that assignments on processes and threads rely on. */
  private static final Map<String, Set<String>> JDK_SUPERTYPES =
      Map.of(
          "ScheduledExecutorService", Set.of("ExecutorService"),
          "ExecutorService", Set.of("Executor"),
          "ThreadPoolExecutor", Set.of("ExecutorService"),
          "ScheduledThreadPoolExecutor", Set.of("ThreadPoolExecutor", "ScheduledExecutorService"),
          "ForkJoinPool", Set.of("ExecutorService"),
          "CompletableFuture", Set.of("Future", "CompletionStage"),
          "RecursiveTask", Set.of("ForkJoinTask"),
          "RecursiveAction", Set.of("ForkJoinTask"),
          "ForkJoinTask", Set.of("Future"));

  private final Map<String, Set<String>> supertypes = new HashMap<>(JDK_SUPERTYPES);
  private final Map<String, List<Type>> returnTypes = new HashMap<>();

  TypeIndex(List<CompilationUnit> units) {
    for (CompilationUnit unit : units) {
      unit.findAll(ClassOrInterfaceDeclaration.class)
          .forEach(
              c -> {
                addSupertypes(c.getNameAsString(), c.getExtendedTypes());
                addSupertypes(c.getNameAsString(), c.getImplementedTypes());
              });
      unit.findAll(EnumDeclaration.class)
          .forEach(e -> addSupertypes(e.getNameAsString(), e.getImplementedTypes()));
      unit.findAll(RecordDeclaration.class)
          .forEach(r -> addSupertypes(r.getNameAsString(), r.getImplementedTypes()));
      unit.findAll(MethodDeclaration.class)
          .forEach(
              m ->
                  returnTypes
                      .computeIfAbsent(m.getNameAsString(), k -> new ArrayList<>())
                      .add(m.getType()));
    }
  }

  private void addSupertypes(String name, List<ClassOrInterfaceType> types) {
    Set<String> known = supertypes.computeIfAbsent(name, k -> new HashSet<>());
    types.forEach(t -> known.add(t.getNameAsString()));
  }

  /** Whether a type of simple name {@code name} is, or extends, the type {@code type}. */
  boolean isA(String name, String type) {
    Set<String> seen = new HashSet<>();
    Deque<String> todo = new ArrayDeque<>(List.of(name));
    while (!todo.isEmpty()) {
      String current = todo.pop();
      if (current.equals(type)) {
        return true;
      }
      if (seen.add(current)) {
        todo.addAll(supertypes.getOrDefault(current, Set.of()));
      }
    }
    return false;
  }

  /** The return types of the student's methods of that name. */
  List<Type> returnTypesOf(String method) {
    return returnTypes.getOrDefault(method, List.of());
  }
}
