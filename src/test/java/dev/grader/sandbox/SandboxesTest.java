package dev.grader.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.grader.GraderException;
import org.junit.jupiter.api.Test;

class SandboxesTest {

  @Test
  void noneModeUsesOnlyTheFallback() {
    assertThat(Sandboxes.create(SandboxMode.NONE).isolation()).isEqualTo("unsandboxed");
  }

  @Test
  void autoModeNamesEveryLayerThisMachineOffers() {
    String isolation = Sandboxes.create(SandboxMode.AUTO).isolation();

    assertThat(isolation.contains("bubblewrap"))
        .isEqualTo(Sandboxes.BubblewrapProbe.RESULT.layer().isPresent());
    assertThat(isolation.contains("cgroup")).isEqualTo(Sandboxes.CgroupProbe.RESULT.isPresent());
  }

  @Test
  void bubblewrapProbeExplainsAMissingBinary() {
    Bubblewrap.Probe probe = Bubblewrap.probe("");

    assertThat(probe.layer()).isEmpty();
    assertThat(probe.problem()).contains("not installed");
  }

  @Test
  void modesParseInAnyCase() {
    assertThat(SandboxMode.parse("Bubblewrap")).isEqualTo(SandboxMode.BUBBLEWRAP);
    assertThat(SandboxMode.parse(" none ")).isEqualTo(SandboxMode.NONE);
  }

  @Test
  void unknownModeIsRejectedWithTheChoices() {
    assertThatThrownBy(() -> SandboxMode.parse("docker"))
        .isInstanceOf(GraderException.class)
        .hasMessageContaining("docker")
        .hasMessageContaining("auto, bubblewrap, none");
  }
}
