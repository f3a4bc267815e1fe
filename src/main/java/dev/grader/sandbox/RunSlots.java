package dev.grader.sandbox;

import java.time.Duration;
import java.util.Comparator;
import java.util.PriorityQueue;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * How many runs may compute at once. A run takes a slot before it starts and hands it back when it
 * ends, or as soon as its whole process tree is seen only waiting (sleeping, blocked, hung): a
 * program waiting out its timeout then no longer keeps others from starting, and the cores stay
 * busy. A run whose tree's CPU time the platform cannot measure keeps its slot to the end.
 *
 * <p>Runs waiting for a slot start longest expected first, in arrival order among equals: a long
 * run started last would hold up the end of the class while the cores idle.
 */
public final class RunSlots {
  private static final Comparator<Waiter> LONGEST_FIRST =
      Comparator.comparing(Waiter::expected).reversed().thenComparingLong(Waiter::arrival);

  private final int slots;
  private final PriorityQueue<Waiter> waiting = new PriorityQueue<>(LONGEST_FIRST);
  private int taken;
  private long arrivals;

  /**
   * @param slots runs computing at once, at least 1
   */
  public RunSlots(int slots) {
    if (slots < 1) {
      throw new IllegalArgumentException("slots must be at least 1: " + slots);
    }
    this.slots = slots;
  }

  /** As many slots as anyone asks for: every run starts at once. */
  public static RunSlots unlimited() {
    return new RunSlots(Integer.MAX_VALUE);
  }

  /** Waits for a free slot and for the runs expected to take longer than {@code expected}. */
  synchronized Slot take(Duration expected) {
    Waiter me = new Waiter(expected, arrivals++);
    waiting.add(me);
    boolean interrupted = false;
    while (taken >= slots || waiting.peek() != me) {
      try {
        wait();
      } catch (InterruptedException e) {
        interrupted = true;
      }
    }
    waiting.remove();
    taken++;
    notifyAll();
    if (interrupted) {
      Thread.currentThread().interrupt();
    }
    return new Slot();
  }

  /** Slots not taken now. */
  synchronized int available() {
    return slots - taken;
  }

  private synchronized void free() {
    taken--;
    notifyAll();
  }

  private record Waiter(Duration expected, long arrival) {}

  /** A slot taken; giving it back twice gives it back once. */
  final class Slot {
    private final AtomicBoolean held = new AtomicBoolean(true);

    boolean held() {
      return held.get();
    }

    void giveBack() {
      if (held.compareAndSet(true, false)) {
        free();
      }
    }
  }
}
