package dev.grader.compile;

import dev.grader.extract.JavaSource;
import java.net.URI;
import javax.tools.SimpleJavaFileObject;

/** A student's source held in memory, named as javac expects so public types compile. */
final class SourceObject extends SimpleJavaFileObject {
  private final JavaSource source;

  SourceObject(JavaSource source) {
    super(URI.create("string:///" + UnitName.of(source.content())), Kind.SOURCE);
    this.source = source;
  }

  JavaSource source() {
    return source;
  }

  @Override
  public CharSequence getCharContent(boolean ignoreEncodingErrors) {
    return source.content();
  }
}
