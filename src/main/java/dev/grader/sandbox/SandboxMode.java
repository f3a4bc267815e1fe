package dev.grader.sandbox;

import dev.grader.GraderException;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** Which isolation the grader asks for; see docs/SANDBOX.md. */
public enum SandboxMode {
  /** The strongest isolation this machine offers, down to the always-on fallback. */
  AUTO,
  /** Bubblewrap is required (plus cgroups where writable); creating the sandbox fails otherwise. */
  BUBBLEWRAP,
  /** Only the always-on fallback: process tree kill, output cap, clean environment. */
  NONE;

  /** Environment variable that chooses the mode when the caller does not, e.g. on CI. */
  public static final String ENV_VAR = "GRADER_SANDBOX";

  /** Parses {@code auto}, {@code bubblewrap} or {@code none}, in any letter case. */
  public static SandboxMode parse(String text) {
    String wanted = text.strip().toUpperCase(Locale.ROOT);
    return Arrays.stream(values())
        .filter(mode -> mode.name().equals(wanted))
        .findFirst()
        .orElseThrow(
            () ->
                new GraderException(
                    "Unknown sandbox mode '"
                        + text
                        + "'; use one of "
                        + Arrays.stream(values())
                            .map(mode -> mode.name().toLowerCase(Locale.ROOT))
                            .collect(Collectors.joining(", "))));
  }

  /** The mode named by {@value #ENV_VAR}, or {@link #AUTO} when it is unset or blank. */
  public static SandboxMode fromEnvironment() {
    String value = System.getenv(ENV_VAR);
    return value == null || value.isBlank() ? AUTO : parse(value);
  }
}
