package dev.sessionhub.tck;

import static dev.sessionhub.tck.StoreData.aSession;
import static dev.sessionhub.tck.StoreData.unique;
import static org.assertj.core.api.Assertions.assertThat;

import dev.sessionhub.model.Session;
import dev.sessionhub.spi.SessionCache;
import dev.sessionhub.tck.Concurrently.Outcome;
import dev.sessionhub.tck.data.SessionGenerator;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Random;
import java.util.concurrent.BrokenBarrierException;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * The contract every {@link SessionCache} passes. Extend it in your adapter's tests:
 *
 * <pre>
 * class MyCacheTest extends SessionCacheContract {
 *   &#64;Override protected SessionCache createCache() { return new MyCache(client); }
 *   &#64;Override protected void cleanUp(SessionCache cache) { flushAll(); }
 * }
 * </pre>
 *
 * <p>{@link #createCache()} is called before every test and {@link #cleanUp(SessionCache)} after
 * it. A cache may forget anything at any time, but these tests read what they just wrote: give
 * them a cache that holds at least 1,000 sessions and keeps them for minutes. It checks that a
 * snapshot comes back exactly as put, that a higher version replaces a lower one and never the
 * other way round (also when threads race: a cache that reads the cached version and then puts
 * is caught by two threads putting an older and a newer version at once, round after round),
 * that a put of the same version replaces, and that invalidate forgets.
 */
public abstract class SessionCacheContract {

  private static final int OLD_VS_NEW_ROUNDS = 500;

  private @Nullable SessionCache cache;

  /** For subclasses. */
  protected SessionCacheContract() {}

  /** The cache to test, empty or cleaned up; called before each test. */
  protected abstract SessionCache createCache();

  /** Releases or flushes what {@link #createCache()} set up; called after each test. Does nothing unless overridden. */
  protected void cleanUp(SessionCache cache) {}

  @BeforeEach
  void openCache() {
    cache = Objects.requireNonNull(createCache(), "createCache() returned null");
  }

  @AfterEach
  void closeCache() {
    if (cache != null) {
      cleanUp(cache);
    }
  }

  private SessionCache cache() {
    return Objects.requireNonNull(cache, "no cache: createCache() has not run");
  }

  private static Session version(String id, long version, String name) {
    return aSession(id, "ann").version(version).name(name).build();
  }

  @Nested
  @DisplayName("get")
  class Get {

    @Test
    @DisplayName("after put returns the snapshot exactly, for 100 generated aggregates")
    void roundTrip() {
      SessionGenerator generator = new SessionGenerator(11L);
      List<Session> put = new ArrayList<>();
      for (int i = 0; i < 100; i++) {
        Session s = generator.next().toBuilder().id(unique("cache")).build();
        cache().put(s);
        put.add(s);
      }
      for (Session s : put) {
        assertThat(cache().get(s.id())).contains(s);
      }
    }

    @Test
    @DisplayName("of a session never put is a miss")
    void miss() {
      assertThat(cache().get(unique("cache"))).isEmpty();
    }
  }

  @Nested
  @DisplayName("put")
  class Put {

    @Test
    @DisplayName("of a higher version replaces the cached one")
    void higherReplaces() {
      String id = unique("cache");
      cache().put(version(id, 1, "one"));
      cache().put(version(id, 2, "two"));

      assertThat(cache().get(id)).contains(version(id, 2, "two"));
    }

    @Test
    @DisplayName("of a lower version never replaces a higher one")
    void lowerKeepsHigher() {
      String id = unique("cache");
      cache().put(version(id, 5, "five"));
      cache().put(version(id, 4, "four"));
      cache().put(version(id, 1, "one"));

      assertThat(cache().get(id)).contains(version(id, 5, "five"));
    }

    @Test
    @DisplayName("of the same version replaces the cached one: the later put wins")
    void sameVersionReplaces() {
      String id = unique("cache");
      cache().put(version(id, 3, "first"));
      cache().put(version(id, 3, "second"));

      assertThat(cache().get(id)).contains(version(id, 3, "second"));
    }

    @Test
    @DisplayName("from 8 racing threads, each putting versions 1 to 50 in its own order, leaves version 50")
    void racingPuts() {
      String id = unique("cache");
      List<Callable<Void>> threads = new ArrayList<>();
      for (int t = 0; t < 8; t++) {
        List<Integer> versions = new ArrayList<>();
        for (int v = 1; v <= 50; v++) {
          versions.add(v);
        }
        Collections.shuffle(versions, new Random(t));
        threads.add(() -> {
          versions.forEach(v -> cache().put(version(id, v, "v" + v)));
          return null;
        });
      }

      List<Outcome<Void>> outcomes = Concurrently.run(threads);

      assertThat(outcomes).allMatch(Outcome::succeeded);
      assertThat(cache().get(id)).contains(version(id, 50, "v50"));
    }

    @Test
    @DisplayName("of versions n and n + 1 by two threads at once leaves n + 1 or nothing, " + OLD_VS_NEW_ROUNDS
        + " rounds over (get-then-put is not atomic enough)")
    void oldVersusNew() throws InterruptedException {
      String id = unique("cache");
      CyclicBarrier gate = new CyclicBarrier(2);
      List<String> wrong = Collections.synchronizedList(new ArrayList<>());
      Thread older = new Thread(() -> putRounds(id, gate, 0, wrong), "puts version 2n");
      Thread newer = new Thread(() -> putRounds(id, gate, 1, wrong), "puts version 2n + 1");
      older.start();
      newer.start();
      older.join(TimeUnit.MINUTES.toMillis(5));
      newer.join(TimeUnit.MINUTES.toMillis(5));

      assertThat(older.isAlive() || newer.isAlive()).as("both threads finished").isFalse();
      assertThat(wrong).as("rounds that ended with the older version cached").isEmpty();
    }

    /**
     * One of the two racers: each round both wait at the gate, then put versions 2n (older) and
     * 2n + 1 (newer) at once, then wait again, and the older one checks what the cache holds.
     */
    private void putRounds(String id, CyclicBarrier gate, int offset, List<String> wrong) {
      try {
        for (int round = 1; round <= OLD_VS_NEW_ROUNDS; round++) {
          long v = 2L * round + offset;
          gate.await(5, TimeUnit.MINUTES);
          cache().put(version(id, v, "v" + v));
          gate.await(5, TimeUnit.MINUTES);
          if (offset == 0) {
            long newest = 2L * round + 1;
            long held = cache().get(id).map(Session::version).orElse(newest);
            if (held != newest) {
              wrong.add("round " + round + ": version " + held + " instead of " + newest);
            }
          }
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        wrong.add("interrupted");
      } catch (BrokenBarrierException | TimeoutException e) {
        wrong.add("the other racer stopped: " + e);
      } catch (RuntimeException e) {
        wrong.add("a put or get threw " + e);
        gate.reset();
      }
    }

    @Test
    @DisplayName("of one session leaves the others as they were")
    void independent() {
      String a = unique("cache");
      String b = unique("cache");
      cache().put(version(a, 7, "a"));
      cache().put(version(b, 1, "b"));

      assertThat(cache().get(a)).contains(version(a, 7, "a"));
      assertThat(cache().get(b)).contains(version(b, 1, "b"));
    }
  }

  @Nested
  @DisplayName("invalidate")
  class Invalidate {

    @Test
    @DisplayName("forgets the session, and only that one")
    void forgets() {
      String a = unique("cache");
      String b = unique("cache");
      cache().put(version(a, 2, "a"));
      cache().put(version(b, 2, "b"));

      cache().invalidate(a);

      assertThat(cache().get(a)).isEmpty();
      assertThat(cache().get(b)).contains(version(b, 2, "b"));
    }

    @Test
    @DisplayName("of a session never cached does nothing")
    void unknown() {
      String id = unique("cache");

      cache().invalidate(id);

      assertThat(cache().get(id)).isEmpty();
    }
  }
}
