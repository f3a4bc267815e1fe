package dev.grader.formats;

import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/** The report formats the grader writes besides the JSON reports it always writes. */
public enum Format {
  /** {@code <student>.json} and {@code summary.json}: always written while grading. */
  JSON,
  /** {@code index.html}: the class at a glance, one page, no network needed. */
  HTML,
  /** {@code grades.csv}: a gradebook to import into an LMS. */
  CSV,
  /** {@code junit/<student>.xml}: one test case per check, for CI test-report viewers. */
  JUNIT,
  /** {@code gradescope/<student>/results.json}: Gradescope's autograder results. */
  GRADESCOPE;

  /** What {@code grade} writes when no format is asked for. */
  public static final Set<Format> DEFAULTS = EnumSet.of(JSON, HTML, CSV);

  private static final String ALL = "all";

  public String optionName() {
    return name().toLowerCase(Locale.ROOT);
  }

  /**
   * The formats named on a command line, each name a format or {@code all}, case-insensitive. JSON
   * is always included: the other formats are made from it.
   *
   * @throws IllegalArgumentException naming the unknown format and the valid ones
   */
  public static Set<Format> parse(Collection<String> names) {
    if (names == null || names.isEmpty()) {
      return EnumSet.copyOf(DEFAULTS);
    }
    Set<Format> chosen = EnumSet.of(JSON);
    for (String raw : names) {
      String name = raw.strip().toLowerCase(Locale.ROOT);
      if (name.equals(ALL)) {
        chosen.addAll(EnumSet.allOf(Format.class));
      } else if (!name.isEmpty()) {
        chosen.add(named(name, raw));
      }
    }
    return chosen;
  }

  private static Format named(String name, String raw) {
    return Arrays.stream(values())
        .filter(f -> f.optionName().equals(name))
        .findFirst()
        .orElseThrow(
            () ->
                new IllegalArgumentException(
                    "unknown format '"
                        + raw
                        + "': use "
                        + Arrays.stream(values())
                            .map(Format::optionName)
                            .collect(Collectors.joining(", "))
                        + " or all"));
  }
}
