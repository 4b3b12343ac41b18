package dev.sessionhub.tck;

import dev.sessionhub.NewSession;
import dev.sessionhub.SessionHub;
import dev.sessionhub.SessionPatch;
import dev.sessionhub.model.Session;
import dev.sessionhub.spi.SessionStore;
import dev.sessionhub.tck.data.MutableClock;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.jspecify.annotations.Nullable;

/**
 * Two writers whose commits land out of time order, seen by a poller of "changes since", on real
 * threads through the facade. Writer A stamps its change and is then held (its thread is parked
 * inside the hub's clock, after reading the time, until released); meanwhile writer B, stamped
 * {@code gap} later, commits, and the poller sees B. Then A commits, and the poller polls again
 * from the last update time it saw.
 *
 * @param early the change A made, committed last though stamped first
 * @param seen the change B made, which the first poll returned
 * @param firstPoll what the poller got while A was held
 * @param nextPoll what the poller got after A committed, polling from {@code seen}'s update time
 */
record LateCommit(Session early, Session seen, List<Session> firstPoll, List<Session> nextPoll) {

  private static final long HANG_GUARD_MINUTES = 5;

  /** Runs the scenario on {@code store} for a fresh user, the hub's time from {@code clock}. */
  static LateCommit run(SessionStore store, MutableClock clock, String user, Duration gap) {
    HeldClock held = new HeldClock(clock);
    SessionHub hub = SessionHub.builder().sessionStore(store).cache(new PassThroughCache()).clock(clock).build();
    SessionHub slowHub = SessionHub.builder().sessionStore(store).cache(new PassThroughCache()).clock(held).build();
    Session a = hub.create(user, NewSession.named("first"));
    Session b = hub.create(user, NewSession.named("second"));
    clock.advance(Duration.ofMinutes(1));
    Instant since = clock.instant();
    ExecutorService writerA = Executors.newSingleThreadExecutor();
    try {
      Future<Session> early = writerA.submit(() -> {
        held.holdThisThread();
        return slowHub.update(user, a.id(), a.version(), SessionPatch.empty().name("first, committed late"));
      });
      held.awaitHeld();
      clock.advance(gap);
      Session seen = hub.update(user, b.id(), b.version(), SessionPatch.empty().name("second, committed first"));
      List<Session> firstPoll = hub.changesSince(user, since, null, 50).items();
      held.release();
      Session committedLate = get(early);
      List<Session> nextPoll = hub.changesSince(user, seen.updatedAt(), null, 50).items();
      return new LateCommit(committedLate, seen, firstPoll, nextPoll);
    } finally {
      held.release();
      writerA.shutdownNow();
    }
  }

  /** Whether the second poll returned A's change. */
  boolean nextPollHasEarly() {
    return nextPoll.stream().anyMatch(s -> s.id().equals(early.id()) && s.version() == early.version());
  }

  private static Session get(Future<Session> f) {
    try {
      return f.get(HANG_GUARD_MINUTES, TimeUnit.MINUTES);
    } catch (ExecutionException e) {
      throw new AssertionError("the held writer failed", e.getCause());
    } catch (TimeoutException e) {
      throw new AssertionError("the held writer did not finish within " + HANG_GUARD_MINUTES + " minutes", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError("interrupted", e);
    }
  }

  /**
   * A clock that holds one thread: the first time that thread reads it, it reads the time, parks
   * until {@link #release()}, and then (and on every later read) gets the time it read. Every
   * other thread reads the underlying clock.
   */
  private static final class HeldClock extends Clock {
    private final Clock base;
    private final CountDownLatch held = new CountDownLatch(1);
    private final CountDownLatch released = new CountDownLatch(1);
    private volatile @Nullable Thread holder;
    private volatile @Nullable Instant heldAt;

    HeldClock(Clock base) {
      this.base = base;
    }

    void holdThisThread() {
      holder = Thread.currentThread();
    }

    void awaitHeld() {
      await(held, "the held writer never read the clock");
    }

    void release() {
      released.countDown();
    }

    @Override
    public Instant instant() {
      if (Thread.currentThread() != holder) {
        return base.instant();
      }
      Instant at = heldAt;
      if (at == null) {
        at = base.instant();
        heldAt = at;
        held.countDown();
        await(released, "the held writer was never released");
      }
      return at;
    }

    @Override
    public ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
      return this;
    }

    private static void await(CountDownLatch latch, String failure) {
      try {
        if (!latch.await(HANG_GUARD_MINUTES, TimeUnit.MINUTES)) {
          throw new AssertionError(failure + " within " + HANG_GUARD_MINUTES + " minutes");
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new AssertionError("interrupted", e);
      }
    }
  }
}
