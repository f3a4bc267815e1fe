package dev.grader.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(10)
class LongestFirstTest {
  @Test
  void longestExpectedWorkGoesFirstThenArrivalOrder() throws Exception {
    LongestFirst turns = new LongestFirst(1);
    LongestFirst.Turn first = turns.take(() -> Duration.ZERO);
    List<String> started = Collections.synchronizedList(new ArrayList<>());
    List<Thread> waiters = new ArrayList<>();
    for (String[] work : new String[][] {{"short", "1"}, {"long", "5"}, {"unknown", "0"}}) {
      Duration expected = Duration.ofSeconds(Long.parseLong(work[1]));
      waiters.add(waiter(turns, work[0], () -> expected, started));
    }

    first.giveBack();
    for (Thread waiter : waiters) {
      waiter.join();
    }

    assertThat(started).containsExactly("long", "short", "unknown");
  }

  @Test
  void shortWorkWaitingLongerThanTheDifferenceGoesBeforeLongWorkArrivingLater() throws Exception {
    AtomicLong now = new AtomicLong();
    LongestFirst turns = new LongestFirst(1, now::get);
    LongestFirst.Turn first = turns.take(() -> Duration.ZERO);
    List<String> started = Collections.synchronizedList(new ArrayList<>());
    List<Thread> waiters = new ArrayList<>();
    waiters.add(waiter(turns, "short, early", () -> Duration.ofSeconds(1), started));
    now.set(Duration.ofSeconds(5).toNanos());
    waiters.add(waiter(turns, "3 s, later", () -> Duration.ofSeconds(3), started));
    waiters.add(waiter(turns, "10 s, later", () -> Duration.ofSeconds(10), started));

    first.giveBack();
    for (Thread waiter : waiters) {
      waiter.join();
    }

    assertThat(started).containsExactly("10 s, later", "short, early", "3 s, later");
  }

  @Test
  void waiterWhoseEstimateGrewGoesBeforeLaterArrivals() throws Exception {
    LongestFirst turns = new LongestFirst(1);
    LongestFirst.Turn first = turns.take(() -> Duration.ZERO);
    AtomicReference<Duration> earlyEstimate = new AtomicReference<>(Duration.ZERO);
    List<String> started = Collections.synchronizedList(new ArrayList<>());
    Thread early = waiter(turns, "early", earlyEstimate::get, started);
    Thread later = waiter(turns, "later", () -> Duration.ofSeconds(1), started);

    // Learnt while the early work waits, from work of its kind that ended meanwhile.
    earlyEstimate.set(Duration.ofSeconds(5));
    first.giveBack();
    early.join();
    later.join();

    assertThat(started).containsExactly("early", "later");
  }

  /** A thread that waits for a turn, notes that it started and gives the turn back. */
  private static Thread waiter(
      LongestFirst turns, String name, Estimate expected, List<String> started)
      throws InterruptedException {
    Thread waiter =
        new Thread(
            () -> {
              LongestFirst.Turn turn = turns.take(expected);
              started.add(name);
              turn.giveBack();
            });
    waiter.start();
    while (waiter.getState() != Thread.State.WAITING) {
      Thread.sleep(5);
    }
    return waiter;
  }

  @Test
  void everyoneGetsATurnWhileEstimatesKeepChanging() throws Exception {
    LongestFirst turns = new LongestFirst(1);
    AtomicLong estimate = new AtomicLong();
    List<Thread> workers = new ArrayList<>();
    for (int w = 0; w < 8; w++) {
      boolean mine = w % 2 == 0;
      Estimate expected =
          () -> Duration.ofMillis(mine ? estimate.get() : 1000 - estimate.get() % 1000);
      Thread worker =
          new Thread(
              () -> {
                for (int i = 0; i < 2000; i++) {
                  LongestFirst.Turn turn = turns.take(expected);
                  estimate.incrementAndGet();
                  turn.giveBack();
                }
              });
      worker.start();
      workers.add(worker);
    }

    for (Thread worker : workers) {
      worker.join();
    }

    assertThat(turns.available()).isEqualTo(1);
  }

  @Test
  void workIsToldItStartedWhenItGetsItsTurnAndNotBefore() throws Exception {
    LongestFirst turns = new LongestFirst(1);
    LongestFirst.Turn first = turns.take(() -> Duration.ZERO);
    List<String> events = Collections.synchronizedList(new ArrayList<>());
    Estimate told =
        new Estimate() {
          @Override
          public Duration expected() {
            return Duration.ZERO;
          }

          @Override
          public void started() {
            events.add("started");
          }
        };
    Thread waiter = waiter(turns, "waiter", told, events);

    assertThat(events).isEmpty();
    first.giveBack();
    waiter.join();

    assertThat(events).containsExactly("started", "waiter");
  }

  @Test
  void turnGivenBackTwiceIsFreedOnce() {
    LongestFirst turns = new LongestFirst(2);
    LongestFirst.Turn turn = turns.take(() -> Duration.ZERO);

    turn.giveBack();
    turn.giveBack();

    assertThat(turns.available()).isEqualTo(2);
    assertThat(turn.held()).isFalse();
  }
}
