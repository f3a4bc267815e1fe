package dev.grader.rubric;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.exc.InvalidTypeIdException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.grader.GraderException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Reads {@code q<N>.yaml} rubrics. Any mistake in a rubric stops with {@code file:line:col: what is
 * wrong}, because grading a class against a half-read rubric would give wrong scores silently.
 */
public final class RubricLoader {
  private static final Pattern RUBRIC_FILE = Pattern.compile("q[1-9][0-9]*\\.ya?ml");

  private final ObjectMapper yaml;

  public RubricLoader() {
    SimpleModule durations = new SimpleModule();
    durations.addDeserializer(
        Duration.class,
        new JsonDeserializer<>() {
          @Override
          public Duration deserialize(JsonParser p, DeserializationContext ctx) throws IOException {
            return DurationText.parse(p.getValueAsString());
          }
        });
    this.yaml =
        new ObjectMapper(new YAMLFactory())
            .setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .registerModule(durations);
  }

  /** Loads every {@code q<N>.yaml} of {@code dir}. */
  public RubricSet loadAll(Path dir) {
    if (!Files.isDirectory(dir)) {
      throw new GraderException(
          "rubric folder not found: " + dir + " (pass --rubrics DIR with the q1.yaml.. files)");
    }
    List<Path> files;
    try (Stream<Path> listing = Files.list(dir)) {
      files =
          listing
              .filter(p -> RUBRIC_FILE.matcher(p.getFileName().toString()).matches())
              .sorted()
              .toList();
    } catch (IOException e) {
      throw new GraderException("cannot list rubric folder " + dir + ": " + e.getMessage(), e);
    }
    if (files.isEmpty()) {
      throw new GraderException(
          "no rubrics in " + dir + ": expected files named q1.yaml, q2.yaml, ...");
    }
    List<Rubric> rubrics = new ArrayList<>();
    Map<String, Path> seen = new HashMap<>();
    for (Path file : files) {
      Rubric rubric = load(file);
      String expectedId = file.getFileName().toString().replaceFirst("\\.ya?ml$", "");
      if (!rubric.id().equals(expectedId)) {
        throw new GraderException(
            file + ":1:1: id '" + rubric.id() + "' does not match the file name " + expectedId);
      }
      Path previous = seen.put(rubric.id(), file);
      if (previous != null) {
        throw new GraderException(file + ": question " + rubric.id() + " is also in " + previous);
      }
      rubrics.add(rubric);
    }
    rubrics.sort(Comparator.comparingInt(Rubric::number));
    return new RubricSet(dir, rubrics, dir.resolve("tests"));
  }

  /** Loads one rubric file. */
  public Rubric load(Path file) {
    String text;
    try {
      text = Files.readString(file);
    } catch (NoSuchFileException e) {
      throw new GraderException("rubric file not found: " + file);
    } catch (IOException e) {
      throw new GraderException("cannot read rubric " + file + ": " + e.getMessage(), e);
    }
    try {
      Rubric rubric = yaml.readValue(text, Rubric.class);
      if (rubric == null) {
        throw new GraderException(file + ":1:1: the rubric is empty");
      }
      return rubric;
    } catch (JsonProcessingException e) {
      throw new GraderException(file + ":" + position(text, e) + ": " + explain(e), e);
    }
  }

  /**
   * Where the mistake is: the node at the error's path when there is one (values that fail
   * validation are only detected once their whole object is read), else where parsing stopped.
   */
  private static String position(String text, JsonProcessingException e) {
    List<Object> path = new ArrayList<>();
    if (e instanceof JsonMappingException mapping && !pointsAtToken(e)) {
      for (JsonMappingException.Reference reference : mapping.getPath()) {
        path.add(
            reference.getFieldName() != null ? reference.getFieldName() : reference.getIndex());
      }
    }
    if (e.getCause() instanceof RubricProblem problem) {
      path.addAll(problem.path());
    }
    return path.isEmpty()
        ? position(e.getLocation())
        : YamlPositions.find(text, path).orElseGet(() -> position(e.getLocation()));
  }

  /** Unknown fields and check types are single tokens, which the parser points at exactly. */
  private static boolean pointsAtToken(JsonProcessingException e) {
    return e instanceof UnrecognizedPropertyException || e instanceof InvalidTypeIdException;
  }

  private static String position(JsonLocation location) {
    if (location == null || location.getLineNr() < 1) {
      return "1:1";
    }
    return location.getLineNr() + ":" + Math.max(1, location.getColumnNr());
  }

  private static String explain(JsonProcessingException e) {
    if (e instanceof UnrecognizedPropertyException unknown) {
      return "unknown field '"
          + unknown.getPropertyName()
          + "'; known fields here: "
          + unknown.getKnownPropertyIds();
    }
    if (e instanceof InvalidTypeIdException badType) {
      return "unknown check type '"
          + badType.getTypeId()
          + "'; use one of: compiles, uses, avoids, runs, output, junit, concept";
    }
    if (e instanceof ValueInstantiationException invalid && invalid.getCause() != null) {
      return invalid.getCause().getMessage();
    }
    return e.getOriginalMessage();
  }
}
