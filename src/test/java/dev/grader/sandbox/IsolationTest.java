package dev.grader.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * What bubblewrap hides and forbids. The fallback rows show, truthfully, what an unsandboxed run
 * can still do.
 */
@Timeout(3)
class IsolationTest {

  @TempDir Path root;
  private Path workDir;
  private Path rubric;
  private Path classes;

  @BeforeEach
  void layOutFolders() throws IOException {
    workDir = Files.createDirectory(root.resolve("student-a"));
    rubric = Files.createDirectory(root.resolve("rubric"));
    classes = Files.createDirectory(root.resolve("classes"));
    Files.writeString(rubric.resolve("secret.txt"), "expected answers");
    Files.writeString(classes.resolve("data.txt"), "listed content");
  }

  private RunResult run(Layers layers, String script) {
    RunRequest request =
        new RunRequest(
            List.of("bash", "-c", script),
            workDir,
            List.of(classes),
            Map.of(),
            new byte[0],
            Duration.ofSeconds(2),
            100_000,
            256,
            64,
            () -> Duration.ZERO);
    return layers.sandbox().run(request);
  }

  @ParameterizedTest
  @EnumSource(
      value = Layers.class,
      names = {"BUBBLEWRAP", "BUBBLEWRAP_CGROUP"})
  void writesOutsideTheWorkFolderNeverReachTheHost(Layers layers) {
    String unique = "grader-escape-" + UUID.randomUUID();
    Path hostTmp = Path.of("/tmp", unique);
    Path hostHome = Path.of(System.getProperty("user.home"), unique);

    RunResult result =
        run(
            layers,
            String.join(
                "; ",
                "echo x > ../relative",
                "echo x > " + root.resolve("absolute"),
                "echo x > " + hostTmp,
                "echo x > " + hostHome,
                "ln -s " + root + " link && echo x > link/via-symlink",
                "echo x > " + classes.resolve("new.txt"),
                "rm -f " + classes.resolve("data.txt"),
                "echo x > \"$HOME/inside\"",
                "echo done"));

    assertThat(result.stdout()).isEqualTo("done\n");
    assertThat(root.resolve("relative")).doesNotExist();
    assertThat(root.resolve("absolute")).doesNotExist();
    assertThat(root.resolve("via-symlink")).doesNotExist();
    assertThat(hostTmp).doesNotExist();
    assertThat(hostHome).doesNotExist();
    assertThat(classes.resolve("new.txt")).doesNotExist();
    assertThat(classes.resolve("data.txt")).exists();
    assertThat(workDir.resolve("inside")).exists();
  }

  @ParameterizedTest
  @EnumSource(
      value = Layers.class,
      names = {"BUBBLEWRAP", "BUBBLEWRAP_CGROUP"})
  void onlyListedFoldersCanBeRead(Layers layers) throws IOException {
    Path otherStudent = Files.createDirectory(root.resolve("student-b"));
    Files.writeString(otherStudent.resolve("Main.java"), "class Main {}");

    RunResult result =
        run(
            layers,
            String.join(
                "; ",
                "cat " + rubric.resolve("secret.txt"),
                "cat " + otherStudent.resolve("Main.java"),
                "ls " + root,
                "ls /root /work /home 2>/dev/null",
                "cat " + classes.resolve("data.txt")));

    assertThat(result.stdout()).doesNotContain("expected answers", "class Main", "rubric");
    assertThat(result.stdout()).contains("listed content");
  }

  @ParameterizedTest
  @EnumSource(Layers.class)
  void loopbackOfTheHostIsUnreachableOnlyInsideBubblewrap(Layers layers) throws IOException {
    try (ServerSocket server = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      server.setSoTimeout(300);

      RunResult result =
          run(layers, "echo hello > /dev/tcp/127.0.0.1/" + server.getLocalPort() + " && echo sent");

      boolean accepted;
      try (Socket ignored = server.accept()) {
        accepted = true;
      } catch (SocketTimeoutException e) {
        accepted = false;
      }
      assertThat(accepted).isEqualTo(!layers.bubblewrap());
      assertThat(result.stdout().contains("sent")).isEqualTo(!layers.bubblewrap());
    }
  }
}
