package dev.grader.rubric;

import java.util.List;

/**
 * Code constructs a static check looks for. A pattern matches when any of its entries is found.
 *
 * <p>{@code calls} name methods: {@code waitFor} matches any call of that name; {@code
 * ProcessBuilder.start} only one whose receiver is of (or is written with) type {@code
 * ProcessBuilder}; {@code Runtime.exec} likewise ({@code Runtime.getRuntime().exec(..)}). {@code
 * types} name types used anywhere: created with {@code new}, declared, extended or implemented, or
 * used as the receiver of a static call ({@code Executors.newFixedThreadPool}).
 */
public record CodePattern(List<String> calls, List<String> types) {
  public CodePattern {
    calls = calls == null ? List.of() : List.copyOf(calls);
    types = types == null ? List.of() : List.copyOf(types);
    if (calls.isEmpty() && types.isEmpty()) {
      throw new IllegalArgumentException("a code pattern needs 'calls' or 'types'");
    }
  }
}
