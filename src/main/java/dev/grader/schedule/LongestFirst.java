package dev.grader.schedule;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.LongSupplier;

/**
 * A limited number of turns at something shared (the cores), given to whoever waits for the longest
 * expected work first, unless work that arrived earlier has waited longer than the other's extra
 * expected length: the next turn goes to the earliest arrival time minus expected length, in
 * arrival order among equals. Long work started last would hold up the end of the class while the
 * cores idle; but short work kept waiting until the end would too, by the whole timeout, when it
 * turns out to be a program that hangs.
 *
 * <p>Each waiter's expectation is asked again whenever a turn frees. The first work of a class
 * arrives before anything is known about how long it takes, and must not be overtaken for ever by
 * work that arrives later, once an estimate exists.
 */
public final class LongestFirst {
  private final int turns;
  private final LongSupplier nanoClock;
  private final List<Waiter> waiting = new ArrayList<>();
  private int taken;

  /**
   * @param turns turns held at once, at least 1
   */
  public LongestFirst(int turns) {
    this(turns, System::nanoTime);
  }

  LongestFirst(int turns, LongSupplier nanoClock) {
    if (turns < 1) {
      throw new IllegalArgumentException("turns must be at least 1: " + turns);
    }
    this.turns = turns;
    this.nanoClock = nanoClock;
  }

  /** As many turns as anyone asks for: nobody waits. */
  public static LongestFirst unlimited() {
    return new LongestFirst(Integer.MAX_VALUE);
  }

  /**
   * Waits for a free turn and for those waiting with longer work than {@code estimate} tells, then
   * tells it the work {@linkplain Estimate#started() started}; keeps waiting through interrupts,
   * whose status it restores.
   */
  public Turn take(Estimate estimate) {
    Turn turn = awaitTurn(estimate);
    estimate.started();
    return turn;
  }

  private synchronized Turn awaitTurn(Estimate estimate) {
    Waiter me = new Waiter(estimate, nanoClock.getAsLong());
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
      Waiter next = firstInLine();
      waiting.remove(next);
      next.granted = true;
      taken++;
      granted = true;
    }
    if (granted) {
      notifyAll();
    }
  }

  /**
   * The waiter due first, the earliest arrival among equals (the list is in arrival order); each
   * estimate is asked once, so that one choice sees one set of them.
   */
  private Waiter firstInLine() {
    Waiter first = null;
    long firstDue = 0;
    for (Waiter waiter : waiting) {
      long due = waiter.due();
      if (first == null || due < firstDue) {
        first = waiter;
        firstDue = due;
      }
    }
    return first;
  }

  private static final class Waiter {
    private static final Duration LONGEST_IN_NANOS = Duration.ofNanos(Long.MAX_VALUE);

    private final Estimate expected;
    private final long arrivedNanos;
    private boolean granted;

    Waiter(Estimate expected, long arrivedNanos) {
      this.expected = expected;
      this.arrivedNanos = arrivedNanos;
    }

    /** When the work arrived, less its expected length: the earliest goes first. */
    long due() {
      Duration length = expected.expected();
      long nanos = length.compareTo(LONGEST_IN_NANOS) >= 0 ? Long.MAX_VALUE : length.toNanos();
      try {
        return Math.subtractExact(arrivedNanos, nanos);
      } catch (ArithmeticException overflow) {
        return Long.MIN_VALUE;
      }
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
