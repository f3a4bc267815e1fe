package dev.grader.sandbox;

import dev.grader.GraderException;
import dev.grader.schedule.LongestFirst;
import java.util.Objects;
import java.util.Optional;

/**
 * Creates the {@link Sandbox} for a {@link SandboxMode}. What the machine offers (bubblewrap,
 * writable cgroups) is probed once per grader process, on first need.
 */
public final class Sandboxes {

  private Sandboxes() {}

  /**
   * The sandbox for the mode named by {@code GRADER_SANDBOX}, {@link SandboxMode#AUTO} if unset.
   */
  public static Sandbox create() {
    return create(SandboxMode.fromEnvironment());
  }

  /**
   * @throws GraderException for {@link SandboxMode#BUBBLEWRAP} when bubblewrap cannot be used, with
   *     what to install or allow
   */
  public static Sandbox create(SandboxMode mode) {
    return create(mode, LongestFirst.unlimited());
  }

  /**
   * A sandbox that runs at most {@code slots} computing runs at once; further runs wait for a slot,
   * longest {@linkplain RunRequest#expected() expected} first. A run takes a slot before it starts
   * and hands it back when it ends, or as soon as its whole process tree is seen only waiting
   * (sleeping, blocked, hung): a program waiting out its timeout then no longer keeps others from
   * starting, and the cores stay busy. A run whose tree's CPU time the platform cannot measure
   * keeps its slot to the end.
   *
   * @throws GraderException for {@link SandboxMode#BUBBLEWRAP} when bubblewrap cannot be used, with
   *     what to install or allow
   */
  public static Sandbox create(SandboxMode mode, LongestFirst slots) {
    Objects.requireNonNull(mode, "mode");
    Objects.requireNonNull(slots, "slots");
    return switch (mode) {
      case NONE -> new ProcessSandbox(Optional.empty(), Optional.empty(), slots);
      case AUTO -> new ProcessSandbox(BubblewrapProbe.RESULT.layer(), CgroupProbe.RESULT, slots);
      case BUBBLEWRAP -> {
        Bubblewrap.Probe probe = BubblewrapProbe.RESULT;
        if (probe.layer().isEmpty()) {
          throw new GraderException(
              "Sandbox mode 'bubblewrap' was requested but bubblewrap cannot be used: "
                  + probe.problem()
                  + ". Install it (Debian/Ubuntu: apt-get install bubblewrap; Fedora: dnf install"
                  + " bubblewrap) and allow unprivileged user namespaces (on Ubuntu 24.04 and"
                  + " later an AppArmor profile for bwrap, or sysctl"
                  + " kernel.apparmor_restrict_unprivileged_userns=0), or choose the mode 'auto'"
                  + " (GRADER_SANDBOX=auto) to run with weaker isolation.");
        }
        yield new ProcessSandbox(probe.layer(), CgroupProbe.RESULT, slots);
      }
    };
  }

  /** Holder idiom: probed once, on first use, thread-safely. */
  static final class BubblewrapProbe {
    static final Bubblewrap.Probe RESULT = Bubblewrap.probe(System.getenv("PATH"));
  }

  static final class CgroupProbe {
    static final Optional<Cgroups> RESULT = Cgroups.probe();
  }
}
