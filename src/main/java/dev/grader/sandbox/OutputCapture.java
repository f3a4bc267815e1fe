package dev.grader.sandbox;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import org.apache.commons.exec.ExecuteStreamHandler;

/**
 * Feeds standard input and drains standard output and error on their own daemon threads, keeping at
 * most {@code limit} bytes of both together. Reading goes on past the limit (and the bytes are only
 * counted) so that a writer never blocks on a full pipe before it is killed.
 */
final class OutputCapture implements ExecuteStreamHandler {

  /** Printed by every JVM that sees {@code JAVA_TOOL_OPTIONS}; noise for output checks. */
  private static final Pattern TOOL_OPTIONS_NOTICE =
      Pattern.compile("(?m)^Picked up JAVA_TOOL_OPTIONS: .*(\\R|\\z)");

  /** How long {@link #stop()} lets the drains finish before Commons Exec closes the pipes. */
  private static final Duration STOP_GRACE = Duration.ofSeconds(2);

  private final byte[] stdin;
  private final long limit;
  private final Runnable onLimit;
  private final ByteArrayOutputStream stdout = new ByteArrayOutputStream();
  private final ByteArrayOutputStream stderr = new ByteArrayOutputStream();
  private final CountDownLatch drained = new CountDownLatch(2);
  private final Object lock = new Object();
  private long kept;
  private long total;
  private boolean exceeded;
  private OutputStream processStdin;
  private InputStream processStdout;
  private InputStream processStderr;

  OutputCapture(byte[] stdin, long limit, Runnable onLimit) {
    this.stdin = stdin;
    this.limit = limit;
    this.onLimit = onLimit;
  }

  @Override
  public void setProcessInputStream(OutputStream os) {
    processStdin = os;
  }

  @Override
  public void setProcessOutputStream(InputStream is) {
    processStdout = is;
  }

  @Override
  public void setProcessErrorStream(InputStream is) {
    processStderr = is;
  }

  @Override
  public void start() {
    if (stdin.length == 0) {
      closeQuietly(processStdin);
    } else {
      daemon("sandbox-stdin", this::feedStdin);
    }
    daemon("sandbox-stdout", () -> drain(processStdout, stdout));
    daemon("sandbox-stderr", () -> drain(processStderr, stderr));
  }

  /**
   * Called by Commons Exec once the direct child exited, right before it closes the pipes: waits a
   * bounded time so that output still in the pipes is not lost.
   */
  @Override
  public void stop() {
    awaitDrained(STOP_GRACE);
  }

  boolean awaitDrained(Duration grace) {
    try {
      return drained.await(grace.toMillis(), TimeUnit.MILLISECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  boolean limitExceeded() {
    synchronized (lock) {
      return exceeded;
    }
  }

  long totalBytes() {
    synchronized (lock) {
      return total;
    }
  }

  String stdout() {
    return text(stdout);
  }

  String stderr() {
    return text(stderr);
  }

  private String text(ByteArrayOutputStream buffer) {
    byte[] bytes;
    synchronized (lock) {
      bytes = buffer.toByteArray();
    }
    return TOOL_OPTIONS_NOTICE.matcher(new String(bytes, StandardCharsets.UTF_8)).replaceAll("");
  }

  private void feedStdin() {
    try (OutputStream out = processStdin) {
      out.write(stdin);
    } catch (IOException ignored) {
      // The program exited or closed its input without reading it all: its choice.
    }
  }

  private void drain(InputStream in, ByteArrayOutputStream into) {
    byte[] chunk = new byte[8192];
    try (in) {
      for (int n = in.read(chunk); n >= 0; n = in.read(chunk)) {
        keep(chunk, n, into);
      }
    } catch (IOException ignored) {
      // The pipe was closed under us after the run ended; what was read is kept.
    } finally {
      drained.countDown();
    }
  }

  private void keep(byte[] chunk, int n, ByteArrayOutputStream into) {
    boolean tripped;
    synchronized (lock) {
      int room = (int) Math.min(n, limit - kept);
      if (room > 0) {
        into.write(chunk, 0, room);
        kept += room;
      }
      total += n;
      tripped = total > limit && !exceeded;
      exceeded |= tripped;
    }
    if (tripped) {
      onLimit.run();
    }
  }

  private static void daemon(String name, Runnable body) {
    Thread thread = new Thread(body, name);
    thread.setDaemon(true);
    thread.start();
  }

  private static void closeQuietly(OutputStream out) {
    try {
      out.close();
    } catch (IOException ignored) {
      // Nothing to deliver anyway.
    }
  }
}
