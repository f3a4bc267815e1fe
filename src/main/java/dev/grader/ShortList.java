package dev.grader;

import java.util.List;

/** A list of names for a message, cut short: {@code "a, b, c and 2 more"}. */
public final class ShortList {
  private ShortList() {}

  /** The first {@code shown} of {@code items}, comma-separated, and how many more there are. */
  public static String of(List<String> items, int shown) {
    String listed = String.join(", ", items.subList(0, Math.min(shown, items.size())));
    return items.size() > shown ? listed + " and " + (items.size() - shown) + " more" : listed;
  }
}
