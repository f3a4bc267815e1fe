package dev.grader.schedule;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;

/**
 * A limited number of turns at something shared (the cores, the compiler), given to whoever waits
 * for the longest expected work first, in arrival order among equals: long work started last would
 * hold up the end of the class while the cores idle.
 *
 * <p>Each waiter's expectation is asked again whenever a turn frees. The first work of a class
 * arrives before anything is known about how long it takes, and must not be overtaken for ever by
 * work that arrives later, once an estimate exists.
 */
public final class LongestFirst {
  private static final Comparator<Waiter> LONGEST_FIRST =
      Comparator.comparing(Waiter::expected).reversed().thenComparingLong(Waiter::arrival);

  private final int turns;
  private final List<Waiter> waiting = new ArrayList<>();
  private int taken;
  private long arrivals;

  /**
   * @param turns turns held at once, at least 1
   */
  public LongestFirst(int turns) {
    if (turns < 1) {
      throw new IllegalArgumentException("turns must be at least 1: " + turns);
    }
    this.turns = turns;
  }

  /** As many turns as anyone asks for: nobody waits. */
  public static LongestFirst unlimited() {
    return new LongestFirst(Integer.MAX_VALUE);
  }

  /**
   * Waits for a free turn and for those waiting with longer work than {@code expected}; keeps
   * waiting through interrupts, whose status it restores.
   *
   * @param expected how long the work is likely to take (zero when unknown)
   */
  public synchronized Turn take(Supplier<Duration> expected) {
    Waiter me = new Waiter(expected, arrivals++);
    waiting.add(me);
    grant();
    boolean interrupted = false;
    while (!me.granted) {
      try {
        wait();
      } catch (InterruptedException e) {
        interrupted = true;
      }
    }
    if (interrupted) {
      Thread.currentThread().interrupt();
    }
    return new Turn();
  }

  /** Turns not taken now. */
  public synchronized int available() {
    return turns - taken;
  }

  private synchronized void free() {
    taken--;
    grant();
  }

  /**
   * Hands the free turns to the waiters first in line now. The choice is made here, once, and not
   * by each waiter when it wakes: estimates change meanwhile, and a waiter that saw another first
   * would wait for ever if that other then saw it first.
   */
  private void grant() {
    boolean granted = false;
    while (taken < turns && !waiting.isEmpty()) {
      Waiter next = Collections.min(waiting, LONGEST_FIRST);
      waiting.remove(next);
      next.granted = true;
      taken++;
      granted = true;
    }
    if (granted) {
      notifyAll();
    }
  }

  private static final class Waiter {
    private final Supplier<Duration> expected;
    private final long arrival;
    private boolean granted;

    Waiter(Supplier<Duration> expected, long arrival) {
      this.expected = expected;
      this.arrival = arrival;
    }

    Duration expected() {
      return expected.get();
    }

    long arrival() {
      return arrival;
    }
  }

  /** A turn taken; giving it back twice gives it back once. */
  public final class Turn implements AutoCloseable {
    private final AtomicBoolean held = new AtomicBoolean(true);

    public boolean held() {
      return held.get();
    }

    public void giveBack() {
      if (held.compareAndSet(true, false)) {
        free();
      }
    }

    /** Gives the turn back. */
    @Override
    public void close() {
      giveBack();
    }
  }
}
