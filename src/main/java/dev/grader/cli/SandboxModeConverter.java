package dev.grader.cli;

import dev.grader.sandbox.SandboxMode;
import java.util.Locale;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Reads {@code --sandbox auto|bubblewrap|none}. */
final class SandboxModeConverter implements ITypeConverter<SandboxMode> {
  @Override
  public SandboxMode convert(String value) {
    try {
      return SandboxMode.valueOf(value.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new TypeConversionException(
          "'" + value + "' is not a sandbox mode: use auto, bubblewrap or none");
    }
  }
}
