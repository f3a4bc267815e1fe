package dev.grader.sandbox;

import dev.grader.schedule.LongestFirst;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** The {@link Sandbox} of this package: the always-on base layer plus the layers probed. */
final class ProcessSandbox implements Sandbox {

  static final String UNSANDBOXED = "unsandboxed";

  private final Optional<Bubblewrap> bubblewrap;
  private final Optional<Cgroups> cgroups;
  private final HostTools tools = HostTools.find();
  private final LongestFirst slots;

  ProcessSandbox(Optional<Bubblewrap> bubblewrap, Optional<Cgroups> cgroups, LongestFirst slots) {
    this.bubblewrap = bubblewrap;
    this.cgroups = cgroups;
    this.slots = slots;
  }

  @Override
  public RunResult run(RunRequest request) {
    Objects.requireNonNull(request, "request");
    return new SandboxRun(request, bubblewrap, cgroups, tools, slots).execute();
  }

  @Override
  public String isolation() {
    List<String> layers = new ArrayList<>();
    bubblewrap.ifPresent(layer -> layers.add("bubblewrap"));
    if (tools.shell().isPresent()) {
      cgroups.ifPresent(layer -> layers.add(layer.description()));
    }
    return layers.isEmpty() ? UNSANDBOXED : String.join("+", layers);
  }
}
