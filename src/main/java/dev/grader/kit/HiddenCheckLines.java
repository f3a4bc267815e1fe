package dev.grader.kit;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntPredicate;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.composer.Composer;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.parser.ParserImpl;
import org.yaml.snakeyaml.reader.StreamReader;
import org.yaml.snakeyaml.resolver.Resolver;

/**
 * Cuts checks out of a rubric's text line by line, so the instructor's comments, order and wording
 * of everything kept survive (a YAML round trip would lose them).
 */
final class HiddenCheckLines {
  private HiddenCheckLines() {}

  /**
   * The rubric text without the checks at the indices {@code drop} accepts; a comment written
   * directly above a dropped check goes with it.
   */
  static String without(String text, IntPredicate drop) {
    List<String> lines = new ArrayList<>(List.of(text.split("\n", -1)));
    SequenceNode checks = checks(text);
    List<Node> items = checks.getValue();
    boolean[] removed = new boolean[lines.size()];
    for (int i = 0; i < items.size(); i++) {
      if (!drop.test(i)) {
        continue;
      }
      int from = items.get(i).getStartMark().getLine();
      int to = i + 1 < items.size() ? items.get(i + 1).getStartMark().getLine() : end(checks);
      while (from > 0 && lines.get(from - 1).strip().startsWith("#")) {
        from--;
      }
      for (int line = from; line < to && line < lines.size(); line++) {
        removed[line] = true;
      }
    }
    List<String> kept = new ArrayList<>();
    for (int line = 0; line < lines.size(); line++) {
      if (!removed[line]) {
        kept.add(lines.get(line));
      }
    }
    return String.join("\n", kept);
  }

  private static int end(SequenceNode checks) {
    var mark = checks.getEndMark();
    return mark.getLine() + (mark.getColumn() > 0 ? 1 : 0);
  }

  private static SequenceNode checks(String text) {
    LoaderOptions options = new LoaderOptions();
    Node root =
        new Composer(
                new ParserImpl(new StreamReader(new StringReader(text)), options),
                new Resolver(),
                options)
            .getSingleNode();
    if (root instanceof MappingNode mapping) {
      for (NodeTuple tuple : mapping.getValue()) {
        if (tuple.getKeyNode() instanceof ScalarNode key
            && key.getValue().equals("checks")
            && tuple.getValueNode() instanceof SequenceNode sequence) {
          return sequence;
        }
      }
    }
    throw new IllegalStateException("a loaded rubric always has a 'checks' list");
  }
}
