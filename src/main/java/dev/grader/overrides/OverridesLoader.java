package dev.grader.overrides;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.grader.GraderException;
import dev.grader.rubric.Rubric;
import dev.grader.rubric.RubricSet;
import dev.grader.rubric.YamlPositions;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads {@code overrides.yaml}: a list of {@code student}, {@code question}, {@code points} or
 * {@code delta}, and {@code reason}. Mistakes stop with {@code file:line:col: what is wrong}, since
 * a regrade silently dropped is a grade silently wrong.
 */
public final class OverridesLoader {
  private static final TypeReference<List<Entry>> ENTRIES = new TypeReference<>() {};

  private final ObjectMapper yaml =
      new ObjectMapper(new YAMLFactory())
          .setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
          .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
          .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

  /** How an entry is written; {@link OverrideEntry} adds where. */
  private record Entry(
      String student, String question, Double points, Double delta, String reason) {
    OverrideEntry checked() {
      return new OverrideEntry(student, question, points, delta, reason, "?");
    }
  }

  /** Loads {@code file}, checking questions and points against {@code rubrics}. */
  public Overrides load(Path file, RubricSet rubrics) {
    String text;
    try {
      text = Files.readString(file);
    } catch (IOException e) {
      throw new GraderException("cannot read overrides " + file + ": " + e.getMessage(), e);
    }
    List<Entry> raw;
    try {
      raw = yaml.readValue(text, ENTRIES);
    } catch (JsonProcessingException e) {
      throw new GraderException(file + ":" + position(text, e) + ": " + explain(e), e);
    }
    List<OverrideEntry> entries = new ArrayList<>();
    for (int i = 0; raw != null && i < raw.size(); i++) {
      Entry entry = raw.get(i);
      String where = at(text, List.of(i)).orElse("1:1");
      OverrideEntry checked;
      try {
        checked = entry.checked();
      } catch (IllegalArgumentException e) {
        throw new GraderException(file + ":" + where + ": " + e.getMessage(), e);
      }
      entries.add(checked.at(file.getFileName() + ":" + where.substring(0, where.indexOf(':'))));
      checkAgainst(rubrics, checked, file, text, i);
    }
    return new Overrides(entries);
  }

  private static void checkAgainst(
      RubricSet rubrics, OverrideEntry entry, Path file, String text, int index) {
    Optional<Rubric> rubric =
        rubrics.rubrics().stream().filter(r -> r.id().equals(entry.question())).findFirst();
    if (rubric.isEmpty()) {
      throw new GraderException(
          file
              + ":"
              + at(text, List.of(index, "question")).orElse("1:1")
              + ": no question '"
              + entry.question()
              + "'; the rubrics have "
              + rubrics.rubrics().stream().map(Rubric::id).toList());
    }
    double max = rubric.get().maxScore();
    if (entry.points() != null && entry.points() > max) {
      throw new GraderException(
          file
              + ":"
              + at(text, List.of(index, "points")).orElse("1:1")
              + ": "
              + entry.points()
              + " points is more than "
              + entry.question()
              + " holds ("
              + max
              + ")");
    }
  }

  private static Optional<String> at(String text, List<Object> path) {
    return YamlPositions.find(text, path);
  }

  private static String position(String text, JsonProcessingException e) {
    List<Object> path = new ArrayList<>();
    if (e instanceof JsonMappingException mapping
        && !(e instanceof UnrecognizedPropertyException)) {
      for (JsonMappingException.Reference reference : mapping.getPath()) {
        path.add(
            reference.getFieldName() != null ? reference.getFieldName() : reference.getIndex());
      }
    }
    Optional<String> found = path.isEmpty() ? Optional.empty() : at(text, path);
    return found.orElseGet(
        () ->
            e.getLocation() == null || e.getLocation().getLineNr() < 1
                ? "1:1"
                : e.getLocation().getLineNr() + ":" + Math.max(1, e.getLocation().getColumnNr()));
  }

  private static String explain(JsonProcessingException e) {
    if (e instanceof UnrecognizedPropertyException unknown) {
      return "unknown field '"
          + unknown.getPropertyName()
          + "'; an override has student, question, points or delta, and reason";
    }
    if (e instanceof ValueInstantiationException invalid && invalid.getCause() != null) {
      return invalid.getCause().getMessage();
    }
    return e.getOriginalMessage();
  }
}
