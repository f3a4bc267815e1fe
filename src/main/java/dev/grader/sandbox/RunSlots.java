package dev.grader.sandbox;

import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * How many runs may compute at once. A run takes a slot before it starts and hands it back when it
 * ends, or as soon as its whole process tree is seen only waiting (sleeping, blocked, hung): a
 * program waiting out its timeout then no longer keeps others from starting, and the cores stay
 * busy. A run whose tree's CPU time the platform cannot measure keeps its slot to the end.
 */
public final class RunSlots {
  private final Semaphore free;

  /**
   * @param slots runs computing at once, at least 1
   */
  public RunSlots(int slots) {
    if (slots < 1) {
      throw new IllegalArgumentException("slots must be at least 1: " + slots);
    }
    this.free = new Semaphore(slots, true);
  }

  /** As many slots as anyone asks for: every run starts at once. */
  public static RunSlots unlimited() {
    return new RunSlots(Integer.MAX_VALUE);
  }

  /** Waits for a free slot. */
  Slot take() {
    free.acquireUninterruptibly();
    return new Slot();
  }

  /** Slots not taken now. */
  int available() {
    return free.availablePermits();
  }

  /** A slot taken; giving it back twice gives it back once. */
  final class Slot {
    private final AtomicBoolean held = new AtomicBoolean(true);

    boolean held() {
      return held.get();
    }

    void giveBack() {
      if (held.compareAndSet(true, false)) {
        free.release();
      }
    }
  }
}
