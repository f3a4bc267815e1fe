package dev.grader.extract;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;

/**
 * Finds the other code an answer needs: pieces declaring the types it uses, transitively. Pieces
 * that answer another question are taken only when nothing else declares the type, so one broken
 * answer rarely drags another down, yet an answer built on an earlier one still compiles.
 */
final class Helpers {
  private Helpers() {}

  static List<Piece> of(List<Piece> own, List<Piece> pool, int question) {
    Set<Piece> used = Collections.newSetFromMap(new IdentityHashMap<>());
    used.addAll(own);
    Set<String> declared = new HashSet<>();
    Deque<String> wanted = new ArrayDeque<>();
    for (Piece piece : own) {
      declared.addAll(piece.declared());
      wanted.addAll(piece.names());
    }
    String home = own.get(0).packageName();
    Comparator<Piece> preference =
        Comparator.comparing((Piece p) -> p.question() != 0 && p.question() != question)
            .thenComparing(p -> !p.packageName().equals(home))
            .thenComparing(Piece::path);
    List<Piece> helpers = new ArrayList<>();
    while (!wanted.isEmpty()) {
      String name = wanted.poll();
      if (declared.contains(name)) {
        continue;
      }
      pool.stream()
          .filter(p -> !used.contains(p) && p.declared().contains(name))
          .filter(p -> Collections.disjoint(p.declared(), declared))
          .min(preference)
          .ifPresent(
              helper -> {
                used.add(helper);
                helpers.add(helper);
                declared.addAll(helper.declared());
                wanted.addAll(helper.names());
              });
    }
    return helpers;
  }
}
