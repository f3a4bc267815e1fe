package dev.grader.validate;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.networknt.schema.JsonNodePath;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import dev.grader.GraderException;
import dev.grader.rubric.YamlPositions;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The published rubric schema ({@code rubrics/rubric.schema.json}, also inside the jar), applied to
 * rubric files with every problem reported as {@code file:line:col: message}.
 */
public final class RubricSchema {
  private static final String RESOURCE = "rubric.schema.json";
  private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

  private final JsonSchema schema;

  private RubricSchema(JsonSchema schema) {
    this.schema = schema;
  }

  /** The schema shipped with the grader. */
  public static RubricSchema load() {
    try (InputStream in = RubricSchema.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new GraderException("the grader's jar lacks " + RESOURCE + ": rebuild the grader");
      }
      return new RubricSchema(
          JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7).getSchema(in));
    } catch (IOException e) {
      throw new GraderException("cannot read the rubric schema: " + e.getMessage(), e);
    }
  }

  /** Every way {@code file} breaks the schema, in file order; empty when it conforms. */
  public List<String> problems(Path file) {
    String text;
    try {
      text = Files.readString(file);
    } catch (IOException e) {
      return List.of(file + ":1:1: cannot read: " + e.getMessage());
    }
    JsonNode rubric;
    try {
      rubric = YAML.readTree(text);
    } catch (JsonProcessingException e) {
      int line = e.getLocation() == null ? 1 : Math.max(1, e.getLocation().getLineNr());
      int col = e.getLocation() == null ? 1 : Math.max(1, e.getLocation().getColumnNr());
      // SnakeYAML's message repeats the position with a drawing of the line; keep its words.
      String words =
          e.getOriginalMessage()
              .lines()
              .filter(l -> !l.isBlank() && !l.startsWith(" "))
              .collect(java.util.stream.Collectors.joining("; "));
      return List.of(file + ":" + line + ":" + col + ": " + words);
    }
    if (rubric == null || rubric.isMissingNode()) {
      return List.of(file + ":1:1: the rubric is empty");
    }
    List<Located> found = new ArrayList<>();
    for (ValidationMessage message : schema.validate(rubric)) {
      found.add(locate(text, message));
    }
    found.sort(Comparator.comparingInt(Located::line).thenComparingInt(Located::column));
    return found.stream()
        .map(l -> file + ":" + l.line() + ":" + l.column() + ": " + l.message())
        .distinct()
        .toList();
  }

  private record Located(int line, int column, String message) {}

  private static Located locate(String text, ValidationMessage message) {
    List<Object> path = new ArrayList<>();
    JsonNodePath at = message.getInstanceLocation();
    for (int i = 0; i < at.getNameCount(); i++) {
      path.add(at.getElement(i));
    }
    // An unknown field is best shown where it is written, not at its enclosing object.
    if ("additionalProperties".equals(message.getType()) && message.getProperty() != null) {
      path.add(message.getProperty());
    }
    String position = YamlPositions.find(text, path).orElse("1:1");
    int colon = position.indexOf(':');
    return new Located(
        Integer.parseInt(position.substring(0, colon)),
        Integer.parseInt(position.substring(colon + 1)),
        message.getMessage());
  }
}
