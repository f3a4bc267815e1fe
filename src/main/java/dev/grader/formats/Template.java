package dev.grader.formats;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A piece of HTML with {@code {{slot}}} markers. Values are escaped unless they are {@link Html}
 * the report made, or a {@link Fragment} that streams its own markup; a slot without a value, or a
 * value without a slot, is a bug caught on first use.
 *
 * <p>Templates live together in one resource, each after a line {@code <!--# name -->}.
 */
final class Template {
  private static final Pattern SLOT = Pattern.compile("\\{\\{([a-z_]+)}}");
  private static final Pattern HEADER = Pattern.compile("(?m)^<!--# ([a-z_]+) -->\\n");

  /** Markup too large to hold in memory, written straight to the page. */
  @FunctionalInterface
  interface Fragment {
    void writeTo(Writer out) throws IOException;
  }

  private final String name;
  private final List<String> literals = new ArrayList<>();
  private final List<String> slots = new ArrayList<>();

  private Template(String name, String source) {
    this.name = name;
    Matcher slot = SLOT.matcher(source);
    int at = 0;
    while (slot.find()) {
      literals.add(source.substring(at, slot.start()));
      slots.add(slot.group(1));
      at = slot.end();
    }
    literals.add(source.substring(at));
  }

  /** Every template in a resource beside this class. */
  static Map<String, Template> loadAll(String resource) {
    String source;
    try (InputStream in = Template.class.getResourceAsStream(resource)) {
      Objects.requireNonNull(in, resource);
      source = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    Map<String, Template> templates = new HashMap<>();
    Matcher header = HEADER.matcher(source);
    String current = null;
    int start = 0;
    while (header.find()) {
      if (current != null) {
        templates.put(current, new Template(current, source.substring(start, header.start())));
      }
      current = header.group(1);
      start = header.end();
    }
    if (current != null) {
      templates.put(current, new Template(current, source.substring(start)));
    }
    return Map.copyOf(templates);
  }

  Html render(Map<String, ?> values) {
    StringWriter out = new StringWriter();
    try {
      render(out, values);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new Html(out.toString());
  }

  void render(Writer out, Map<String, ?> values) throws IOException {
    if (!values.keySet().containsAll(slots) || !slots.containsAll(values.keySet())) {
      throw new IllegalArgumentException(
          "template " + name + " has slots " + slots + " but got " + values.keySet());
    }
    for (int i = 0; i < slots.size(); i++) {
      out.write(literals.get(i));
      Object value = values.get(slots.get(i));
      if (value instanceof Fragment fragment) {
        fragment.writeTo(out);
      } else if (value instanceof Html html) {
        out.write(html.markup());
      } else {
        out.write(Html.escape(String.valueOf(value)));
      }
    }
    out.write(literals.get(literals.size() - 1));
  }
}
