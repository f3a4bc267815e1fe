package dev.grader.sandbox;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * The system calls a blocked thread may sit in that only its own process tree or a clock can end,
 * read from Linux's {@code /proc/<pid>/task/<tid>/syscall}: a futex wait (a lock, a condition, a
 * join; Java's {@code wait()}, {@code park()} and {@code sleep()}), a wait for a child process, and
 * a sleep. Any other call (a read, a poll, a signal wait) could be ended from outside and is never
 * taken for a wait that outlasts the limit.
 */
final class BlockedCall {

  /**
   * What a thread waits for, when nothing but its tree can wake it before the deadline; declared
   * from what says least about a program to what says most.
   */
  enum Kind {
    /** Another thread or process of the tree (a futex with no timeout). */
    THREAD,
    /** A child process to end or stop. */
    CHILD,
    /** A clock: a sleep or a timed wait that ends only after the deadline. */
    CLOCK
  }

  /**
   * A wait that cannot end before the deadline unless the tree ends it. For a CLOCK, whether it is
   * a sleep (rather than a timed wait on a lock or condition) and how long it is.
   */
  record Wait(Kind kind, boolean sleep, Duration length) {}

  /**
   * The deadline a wait must outlast, on the two clocks a timed wait may name, and as the shortest
   * relative wait that does: one at least as long as the time from the run's start to the deadline
   * (it began after the run did).
   */
  record Deadline(Duration shortestRelative, long monotonicNanos, long realtimeNanos) {}

  private enum Call {
    FUTEX,
    WAIT_CHILD,
    NANOSLEEP,
    CLOCK_NANOSLEEP
  }

  private static final Map<String, Map<Integer, Call>> NUMBERS =
      Map.of(
          "amd64",
          Map.of(
              202, Call.FUTEX,
              61, Call.WAIT_CHILD,
              247, Call.WAIT_CHILD,
              35, Call.NANOSLEEP,
              230, Call.CLOCK_NANOSLEEP),
          "aarch64",
          Map.of(
              98, Call.FUTEX,
              260, Call.WAIT_CHILD,
              95, Call.WAIT_CHILD,
              101, Call.NANOSLEEP,
              115, Call.CLOCK_NANOSLEEP));

  private static final int FUTEX_WAIT = 0;
  private static final int FUTEX_WAIT_BITSET = 9;
  private static final int FUTEX_PRIVATE_FLAG = 128;
  private static final int FUTEX_CLOCK_REALTIME = 256;
  private static final int TIMER_ABSTIME = 1;
  private static final int CLOCK_REALTIME = 0;
  private static final int CLOCK_MONOTONIC = 1;
  private static final int CLOCK_BOOTTIME = 7;
  private static final long NANOS_PER_SECOND = 1_000_000_000L;

  private static final Path PROC = Path.of("/proc");

  private final Map<Integer, Call> calls;

  private BlockedCall(Map<Integer, Call> calls) {
    this.calls = calls;
  }

  /** The calls of this platform, or empty where their numbers are not known (not Linux). */
  static Optional<BlockedCall> forThisPlatform() {
    if (!System.getProperty("os.name", "").equals("Linux")) {
      return Optional.empty();
    }
    return Optional.ofNullable(NUMBERS.get(System.getProperty("os.arch"))).map(BlockedCall::new);
  }

  /**
   * The wait a thread of process {@code pid} is blocked in, given its syscall line, if it cannot
   * end before {@code deadline} unless the tree ends it; empty for a running thread, another call,
   * or a timed wait that ends sooner.
   */
  Optional<Wait> read(String line, long pid, Deadline deadline) {
    String[] fields = line.strip().split(" ");
    if (fields.length < 7 || !fields[0].chars().allMatch(Character::isDigit)) {
      return Optional.empty();
    }
    // System call numbers have at most four digits; a longer field is not one.
    Call call = fields[0].length() > 4 ? null : calls.get(Integer.parseInt(fields[0]));
    if (call == null) {
      return Optional.empty();
    }
    long[] args = new long[6];
    try {
      for (int i = 0; i < args.length; i++) {
        args[i] = Long.parseUnsignedLong(fields[i + 1].substring(2), 16);
      }
    } catch (NumberFormatException | IndexOutOfBoundsException e) {
      return Optional.empty();
    }
    return switch (call) {
      case WAIT_CHILD -> Optional.of(new Wait(Kind.CHILD, false, Duration.ZERO));
      case FUTEX -> futex(args, pid, deadline);
      case NANOSLEEP -> relative(pid, args[0], deadline, true);
      case CLOCK_NANOSLEEP -> clockSleep(args, pid, deadline);
    };
  }

  private Optional<Wait> futex(long[] args, long pid, Deadline deadline) {
    long op = args[1];
    long command = op & ~(FUTEX_PRIVATE_FLAG | FUTEX_CLOCK_REALTIME);
    long timeout = args[3];
    if (command != FUTEX_WAIT && command != FUTEX_WAIT_BITSET) {
      return Optional.empty();
    }
    if (timeout == 0) {
      return Optional.of(new Wait(Kind.THREAD, false, Duration.ZERO));
    }
    if (command == FUTEX_WAIT) {
      return relative(pid, timeout, deadline, false);
    }
    boolean realtime = (op & FUTEX_CLOCK_REALTIME) != 0;
    return absolute(pid, timeout, realtime, deadline, false);
  }

  private Optional<Wait> clockSleep(long[] args, long pid, Deadline deadline) {
    long clock = args[0];
    if ((args[1] & TIMER_ABSTIME) != 0) {
      return clock == CLOCK_REALTIME || clock == CLOCK_MONOTONIC
          ? absolute(pid, args[2], clock == CLOCK_REALTIME, deadline, true)
          : Optional.empty();
    }
    return clock == CLOCK_REALTIME || clock == CLOCK_MONOTONIC || clock == CLOCK_BOOTTIME
        ? relative(pid, args[2], deadline, true)
        : Optional.empty();
  }

  private static Optional<Wait> relative(long pid, long address, Deadline deadline, boolean sleep) {
    OptionalLong nanos = timespec(pid, address);
    if (nanos.isEmpty() || nanos.getAsLong() < deadline.shortestRelative().toNanos()) {
      return Optional.empty();
    }
    return Optional.of(new Wait(Kind.CLOCK, sleep, Duration.ofNanos(nanos.getAsLong())));
  }

  private static Optional<Wait> absolute(
      long pid, long address, boolean realtime, Deadline deadline, boolean sleep) {
    OptionalLong wake = timespec(pid, address);
    long limit = realtime ? deadline.realtimeNanos() : deadline.monotonicNanos();
    if (wake.isEmpty() || wake.getAsLong() < limit) {
      return Optional.empty();
    }
    long now = realtime ? realtimeNanos() : System.nanoTime();
    return Optional.of(new Wait(Kind.CLOCK, sleep, Duration.ofNanos(wake.getAsLong() - now)));
  }

  /** A {@code struct timespec} in the process's memory, in nanoseconds (capped), if readable. */
  private static OptionalLong timespec(long pid, long address) {
    ByteBuffer buffer = ByteBuffer.allocate(16).order(ByteOrder.nativeOrder());
    try (FileChannel memory = FileChannel.open(PROC.resolve(pid + "/mem"))) {
      while (buffer.hasRemaining()) {
        if (memory.read(buffer, address + buffer.position()) < 0) {
          return OptionalLong.empty();
        }
      }
    } catch (IOException | RuntimeException e) {
      return OptionalLong.empty();
    }
    buffer.flip();
    long seconds = buffer.getLong();
    long nanos = buffer.getLong();
    if (seconds < 0 || nanos < 0 || nanos >= NANOS_PER_SECOND) {
      return OptionalLong.empty();
    }
    return OptionalLong.of(
        seconds >= Long.MAX_VALUE / NANOS_PER_SECOND
            ? Long.MAX_VALUE
            : seconds * NANOS_PER_SECOND + nanos);
  }

  /** CLOCK_REALTIME in nanoseconds since the epoch. */
  static long realtimeNanos() {
    Instant now = Instant.now();
    return now.getEpochSecond() * NANOS_PER_SECOND + now.getNano();
  }
}
