package dev.grader.formats;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import dev.grader.report.Json;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;

/** Validates JSON files against the JSON Schemas kept in the repository. */
final class Schemas {
  static final Path STUDENT_REPORT = Path.of("docs/schema/student-report.schema.json");
  static final Path SUMMARY = Path.of("docs/schema/summary.schema.json");
  static final Path GRADESCOPE =
      Path.of("src/test/resources/schemas/gradescope-results.schema.json");

  private Schemas() {}

  /** The schema violations of {@code json}, as readable lines; empty when it is valid. */
  static List<String> violations(Path schemaFile, Path json) {
    try {
      JsonSchema schema =
          JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
              .getSchema(Json.mapper().readTree(schemaFile.toFile()));
      JsonNode document = Json.mapper().readTree(json.toFile());
      return schema.validate(document).stream()
          .map(ValidationMessage::getMessage)
          .map(m -> json.getFileName() + ": " + m)
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
