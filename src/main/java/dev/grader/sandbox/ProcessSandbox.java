package dev.grader.sandbox;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** The {@link Sandbox} of this package: the always-on base layer plus the layers probed. */
final class ProcessSandbox implements Sandbox {

  static final String UNSANDBOXED = "unsandboxed";

  private static final String SYSTEM_PATH = "/usr/bin:/bin:/usr/sbin:/sbin";

  private final Optional<Bubblewrap> bubblewrap;
  private final Optional<Cgroups> cgroups;
  private final Optional<Path> setsid = Executables.find("setsid", SYSTEM_PATH);
  private final Optional<Path> shell = Executables.find("sh", SYSTEM_PATH);

  private final RunSlots slots;

  ProcessSandbox(Optional<Bubblewrap> bubblewrap, Optional<Cgroups> cgroups, RunSlots slots) {
    this.bubblewrap = bubblewrap;
    this.cgroups = cgroups;
    this.slots = slots;
  }

  @Override
  public RunResult run(RunRequest request) {
    Objects.requireNonNull(request, "request");
    return new SandboxRun(request, bubblewrap, cgroups, setsid, shell, slots).execute();
  }

  @Override
  public String isolation() {
    List<String> layers = new ArrayList<>();
    bubblewrap.ifPresent(layer -> layers.add("bubblewrap"));
    if (shell.isPresent()) {
      cgroups.ifPresent(layer -> layers.add(layer.description()));
    }
    return layers.isEmpty() ? UNSANDBOXED : String.join("+", layers);
  }
}
