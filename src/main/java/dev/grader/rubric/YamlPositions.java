package dev.grader.rubric;

import java.io.StringReader;
import java.util.List;
import java.util.Optional;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.composer.Composer;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.parser.ParserImpl;
import org.yaml.snakeyaml.reader.StreamReader;
import org.yaml.snakeyaml.resolver.Resolver;

/**
 * Finds where a value sits in a YAML text, by the path Jackson reports for a mapping error. The
 * streaming parser only knows where it stopped reading, often the end of the enclosing object.
 */
public final class YamlPositions {
  private YamlPositions() {}

  /**
   * The {@code line:column} (both from 1) of the node at {@code path}, or empty when the text does
   * not parse or the path leads nowhere.
   *
   * @param path field names ({@link String}) and list indices ({@link Integer})
   */
  public static Optional<String> find(String text, List<Object> path) {
    Node node;
    try {
      LoaderOptions options = new LoaderOptions();
      Composer composer =
          new Composer(
              new ParserImpl(new StreamReader(new StringReader(text)), options),
              new Resolver(),
              options);
      node = composer.getSingleNode();
    } catch (YAMLException e) {
      return Optional.empty();
    }
    for (Object step : path) {
      node = node == null ? null : child(node, step);
    }
    return Optional.ofNullable(node).map(found -> show(found.getStartMark()));
  }

  private static Node child(Node node, Object step) {
    if (node instanceof MappingNode mapping && step instanceof String field) {
      for (NodeTuple tuple : mapping.getValue()) {
        if (tuple.getKeyNode() instanceof ScalarNode key && key.getValue().equals(field)) {
          return tuple.getValueNode();
        }
      }
    }
    if (node instanceof SequenceNode sequence && step instanceof Integer index) {
      List<Node> items = sequence.getValue();
      return index >= 0 && index < items.size() ? items.get(index) : null;
    }
    return null;
  }

  private static String show(Mark mark) {
    return (mark.getLine() + 1) + ":" + (mark.getColumn() + 1);
  }
}
