package dev.grader.compile;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The outcome of compiling one answer.
 *
 * @param success true when every source compiled and the class files were written
 * @param diagnostics the first errors, in the compiler's order (warnings are not kept)
 * @param omittedErrors how many further errors were left out of {@code diagnostics}
 * @param elapsed how long compiling took
 */
public record CompileResult(
    boolean success, List<CompileDiagnostic> diagnostics, int omittedErrors, Duration elapsed) {
  public CompileResult {
    diagnostics = List.copyOf(diagnostics);
    Objects.requireNonNull(elapsed, "elapsed");
    if (omittedErrors < 0) {
      throw new IllegalArgumentException("omittedErrors must not be negative: " + omittedErrors);
    }
    if (!success && diagnostics.isEmpty()) {
      throw new IllegalArgumentException("a failed compile must say why");
    }
  }

  /** The errors as lines for feedback, ending with a note on how many were left out. */
  public List<String> errorLines() {
    List<String> lines = new ArrayList<>();
    diagnostics.forEach(d -> lines.add(d.toString()));
    if (omittedErrors > 0) {
      lines.add("... and " + omittedErrors + " more error" + (omittedErrors == 1 ? "" : "s"));
    }
    return lines;
  }
}
