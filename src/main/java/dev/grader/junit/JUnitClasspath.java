package dev.grader.junit;

import dev.grader.GraderException;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.security.CodeSource;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apiguardian.api.API;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.engine.JupiterTestEngine;
import org.junit.platform.commons.PreconditionViolationException;
import org.junit.platform.engine.TestEngine;
import org.junit.platform.launcher.core.LauncherFactory;
import org.opentest4j.AssertionFailedError;

/**
 * Where the classes the test runner needs come from. Found through the classes themselves, so the
 * answer is right both from the grader's shaded jar (one entry) and from a build's class path (a
 * folder plus one jar per library).
 */
public final class JUnitClasspath {
  private JUnitClasspath() {}

  /** The entries the child JVM needs to run {@link TestMain}. */
  public static List<Path> forChild() {
    return locations(
        TestMain.class,
        LauncherFactory.class,
        TestEngine.class,
        PreconditionViolationException.class,
        JupiterTestEngine.class,
        Test.class,
        AssertionFailedError.class,
        API.class);
  }

  /** The entries instructor tests compile against, besides the student's classes. */
  public static List<Path> forTestCompile() {
    return locations(
        Test.class, AssertionFailedError.class, API.class, PreconditionViolationException.class);
  }

  private static List<Path> locations(Class<?>... anchors) {
    Set<Path> paths = new LinkedHashSet<>();
    for (Class<?> anchor : anchors) {
      paths.add(location(anchor));
    }
    return List.copyOf(paths);
  }

  private static Path location(Class<?> anchor) {
    CodeSource source = anchor.getProtectionDomain().getCodeSource();
    if (source == null || source.getLocation() == null) {
      throw new GraderException(
          "cannot tell where "
              + anchor.getName()
              + " was loaded from; run the grader from its jar");
    }
    try {
      return Path.of(source.getLocation().toURI());
    } catch (URISyntaxException | IllegalArgumentException e) {
      throw new GraderException(
          "cannot use "
              + source.getLocation()
              + " on a class path; move the grader to a plain folder",
          e);
    }
  }
}
