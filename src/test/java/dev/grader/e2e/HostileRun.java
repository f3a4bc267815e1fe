package dev.grader.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import dev.grader.GradeOptions;
import dev.grader.Grader;
import dev.grader.report.ClassSummary;
import dev.grader.report.FileNames;
import dev.grader.report.Json;
import dev.grader.report.QuestionStatus;
import dev.grader.sandbox.SandboxMode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.StreamSupport;

/**
 * One grading of the hostile class, with what was seen around it: the wall time, connections to a
 * loopback listener of the grader's machine, and processes left running afterwards.
 */
record HostileRun(
    ClassSummary summary,
    Path out,
    int jobs,
    Duration wall,
    int loopbackConnections,
    List<String> leftovers) {

  static HostileRun grade(HostileClass fixture, SandboxMode mode, Path out) throws IOException {
    GradeOptions options =
        GradeOptions.forClass(fixture.classDir(), fixture.rubrics(), out).withSandbox(mode);
    try (ServerSocket listener = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
      AtomicInteger accepted = new AtomicInteger();
      Thread acceptor = new Thread(() -> accept(listener, accepted), "hostile-listener");
      acceptor.setDaemon(true);
      acceptor.start();
      long start = System.nanoTime();
      ClassSummary summary = Grader.grade(options);
      Duration wall = Duration.ofNanos(System.nanoTime() - start);
      List<String> leftovers = LeftoverProcesses.find(HostileClass.caseNames());
      return new HostileRun(summary, out, options.jobs(), wall, accepted.get(), leftovers);
    }
  }

  private static void accept(ServerSocket listener, AtomicInteger accepted) {
    while (!listener.isClosed()) {
      try (Socket ignored = listener.accept()) {
        accepted.incrementAndGet();
      } catch (IOException closed) {
        return;
      }
    }
  }

  List<String> students() {
    return summary.students().stream().map(ClassSummary.StudentTotal::student).toList();
  }

  JsonNode report(String student) {
    try {
      return Json.mapper().readTree(out.resolve(FileNames.safe(student) + ".json").toFile());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  JsonNode question(String student) {
    return report(student).get("questions").get(0);
  }

  QuestionStatus status(String student) {
    return QuestionStatus.valueOf(question(student).get("status").asText().toUpperCase());
  }

  double score(String student) {
    return report(student).get("score").asDouble();
  }

  String stdout(String student) {
    return question(student).at("/run/stdout").asText();
  }

  List<String> warnings(String student) {
    JsonNode warnings = report(student).path("warnings");
    return StreamSupport.stream(warnings.spliterator(), false).map(JsonNode::asText).toList();
  }
}
