package dev.grader.sandbox;

import java.nio.file.Path;
import java.util.Optional;

/**
 * The system programs a run is wrapped in, where the machine has them.
 *
 * @param shell {@code sh}, which places a run in its cgroup before it starts
 * @param setsid {@code setsid}, which gives a run its own session and process group
 */
record HostTools(Optional<Path> shell, Optional<Path> setsid) {
  private static final String SYSTEM_PATH = "/usr/bin:/bin:/usr/sbin:/sbin";

  static HostTools find() {
    return new HostTools(
        Executables.find("sh", SYSTEM_PATH), Executables.find("setsid", SYSTEM_PATH));
  }
}
