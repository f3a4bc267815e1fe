package dev.grader.cli;

import picocli.CommandLine.IVersionProvider;

/** The version from the jar's manifest, so it cannot drift from the build. */
final class Version implements IVersionProvider {
  @Override
  public String[] getVersion() {
    String version = Version.class.getPackage().getImplementationVersion();
    return new String[] {"grader " + (version == null ? "(development build)" : version)};
  }
}
