package dev.grader.sandbox;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.grader.schedule.LongestFirst;
import java.util.Optional;

/** The layer combinations the behaviour tests run under; unavailable ones are skipped. */
enum Layers {
  FALLBACK(false, false),
  CGROUP(false, true),
  BUBBLEWRAP(true, false),
  BUBBLEWRAP_CGROUP(true, true);

  private final boolean bubblewrap;
  private final boolean cgroup;

  Layers(boolean bubblewrap, boolean cgroup) {
    this.bubblewrap = bubblewrap;
    this.cgroup = cgroup;
  }

  boolean bubblewrap() {
    return bubblewrap;
  }

  boolean cgroup() {
    return cgroup;
  }

  Sandbox sandbox() {
    return sandbox(LongestFirst.unlimited());
  }

  Sandbox sandbox(LongestFirst slots) {
    Optional<Bubblewrap> bwrap = Optional.empty();
    Optional<Cgroups> cgroups = Optional.empty();
    if (bubblewrap) {
      bwrap = Sandboxes.BubblewrapProbe.RESULT.layer();
      assumeTrue(bwrap.isPresent(), "bubblewrap unavailable: " + Sandboxes.BubblewrapProbe.RESULT);
    }
    if (cgroup) {
      cgroups = Sandboxes.CgroupProbe.RESULT;
      assumeTrue(cgroups.isPresent(), "no writable cgroup hierarchy");
    }
    return new ProcessSandbox(bwrap, cgroups, slots);
  }
}
