package dev.sessionhub.internal.cache;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sessionhub.cache.CacheStats;
import dev.sessionhub.model.Session;
import dev.sessionhub.testing.Snapshots;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

@DisplayName("CaffeineSessionCache")
class CaffeineSessionCacheTest {

  private static final Duration TTL = Duration.ofMinutes(5);

  private final AtomicLong nanos = new AtomicLong();
  private final CaffeineSessionCache cache = new CaffeineSessionCache(100, TTL, nanos::get, Runnable::run);

  static Session session(String id, long version) {
    return Snapshots.session(id, version);
  }

  private void advance(Duration d) {
    nanos.addAndGet(d.toNanos());
  }

  @Nested
  @DisplayName("put and get")
  class PutGet {

    @Test
    @DisplayName("returns what was put, and misses what was not")
    void roundTrip() {
      cache.put(session("s1", 1));

      assertThat(cache.get("s1")).contains(session("s1", 1));
      assertThat(cache.get("s2")).isEmpty();
    }

    @Test
    @DisplayName("replaces a lower version with a higher one")
    void upgrades() {
      cache.put(session("s1", 1));
      cache.put(session("s1", 2));

      assertThat(cache.get("s1")).contains(session("s1", 2));
    }

    @Test
    @DisplayName("never replaces a higher version with a lower one")
    void neverDowngrades() {
      cache.put(session("s1", 3));
      cache.put(session("s1", 2));

      assertThat(cache.get("s1")).contains(session("s1", 3));
    }

    @Test
    @DisplayName("keeps the highest version when many threads put versions in any order")
    void racingPuts() throws Exception {
      List<Long> versions = new ArrayList<>();
      for (long v = 1; v <= 2000; v++) {
        versions.add(v);
      }
      Collections.shuffle(versions, new Random(1));
      ExecutorService pool = Executors.newFixedThreadPool(4);
      try {
        CountDownLatch start = new CountDownLatch(1);
        List<Future<?>> tasks = new ArrayList<>();
        for (int t = 0; t < 4; t++) {
          List<Long> share = versions.subList(t * 500, (t + 1) * 500);
          tasks.add(pool.submit(() -> putAll(share, start)));
        }
        start.countDown();
        for (Future<?> f : tasks) {
          f.get(10, TimeUnit.SECONDS);
        }
      } finally {
        pool.shutdownNow();
      }

      assertThat(cache.get("s1")).map(Session::version).contains(2000L);
    }

    private Void putAll(List<Long> versions, CountDownLatch start) throws InterruptedException {
      start.await();
      for (long v : versions) {
        cache.put(session("s1", v));
      }
      return null;
    }

    @Test
    @DisplayName("forgets an invalidated session")
    void invalidate() {
      cache.put(session("s1", 1));
      cache.invalidate("s1");

      assertThat(cache.get("s1")).isEmpty();
    }
  }

  @Nested
  @DisplayName("invalidateOlderThan")
  class OlderThan {

    @Test
    @DisplayName("forgets an older snapshot and keeps an equal or newer one")
    void forgetsOlderOnly() {
      cache.put(session("s1", 1));
      cache.put(session("s2", 5));
      cache.put(session("s3", 6));

      cache.invalidateOlderThan("s1", 2);
      cache.invalidateOlderThan("s2", 5);
      cache.invalidateOlderThan("s3", 5);

      assertThat(cache.get("s1")).isEmpty();
      assertThat(cache.get("s2")).contains(session("s2", 5));
      assertThat(cache.get("s3")).contains(session("s3", 6));
    }

    @Test
    @DisplayName("refuses a later put below the version, cached before or not, and takes one at or above it")
    void floor() {
      cache.put(session("s1", 1));
      cache.invalidateOlderThan("s1", 3);
      cache.invalidateOlderThan("s2", 3);

      cache.put(session("s1", 2));
      cache.put(session("s2", 2));
      assertThat(cache.get("s1")).isEmpty();
      assertThat(cache.get("s2")).isEmpty();

      cache.put(session("s1", 3));
      cache.put(session("s2", 4));
      assertThat(cache.get("s1")).contains(session("s1", 3));
      assertThat(cache.get("s2")).contains(session("s2", 4));
    }

    @Test
    @DisplayName("a lower floor never replaces a higher one")
    void floorsOnlyRise() {
      cache.invalidateOlderThan("s1", 5);
      cache.invalidateOlderThan("s1", 3);

      cache.put(session("s1", 4));

      assertThat(cache.get("s1")).isEmpty();
    }

    @Test
    @DisplayName("racing a reader that puts old snapshots, never leaves one below the version announced")
    void racingStalePuts() throws Exception {
      ExecutorService pool = Executors.newFixedThreadPool(2);
      try {
        for (int round = 0; round < 300; round++) {
          String id = "r" + round;
          CountDownLatch start = new CountDownLatch(1);
          Future<?> reader = pool.submit(() -> {
            start.await();
            for (long v = 1; v <= 5; v++) {
              cache.put(session(id, v));
            }
            return null;
          });
          Future<?> remote = pool.submit(() -> {
            start.await();
            cache.invalidateOlderThan(id, 6);
            return null;
          });
          start.countDown();
          reader.get(10, TimeUnit.SECONDS);
          remote.get(10, TimeUnit.SECONDS);

          assertThat(cache.get(id)).as("round %d", round).isEmpty();
        }
      } finally {
        pool.shutdownNow();
      }
    }
  }

  @Nested
  @DisplayName("statistics")
  class Stats {

    @Test
    @DisplayName("count hits and misses; a forgotten or floored entry is a miss")
    void hitsAndMisses() {
      cache.put(session("s1", 1));
      cache.get("s1");
      cache.get("s1");
      cache.get("s2");
      cache.invalidateOlderThan("s1", 2);
      cache.get("s1");

      assertThat(cache.stats()).isEqualTo(new CacheStats(2, 2, 0));
      assertThat(cache.stats().hitRate()).isEqualTo(0.5);
    }

    @Test
    @DisplayName("count expiries and size evictions of snapshots, not replacements, invalidations or floors")
    void evictions() {
      cache.put(session("s1", 1));
      cache.put(session("s1", 2));
      cache.put(session("s2", 1));
      cache.invalidate("s2");
      cache.invalidateOlderThan("s3", 1);
      advance(TTL);
      cache.cleanUp();
      assertThat(cache.stats().evictions()).isEqualTo(1);

      CaffeineSessionCache small = new CaffeineSessionCache(10, TTL, nanos::get, Runnable::run);
      for (int i = 0; i < 100; i++) {
        small.put(session("s" + i, 1));
      }
      small.cleanUp();
      assertThat(small.stats().evictions()).isEqualTo(100 - small.estimatedSize()).isGreaterThanOrEqualTo(90);
    }
  }

  @Nested
  @DisplayName("bounds")
  class Bounds {

    @Test
    @DisplayName("expire a session the ttl after it was written")
    void expires() {
      cache.put(session("s1", 1));
      advance(TTL.minusSeconds(1));
      assertThat(cache.get("s1")).isPresent();

      advance(Duration.ofSeconds(1));
      assertThat(cache.get("s1")).isEmpty();
    }

    @Test
    @DisplayName("are not extended by a rejected put of an older version")
    void olderPutKeepsTtl() {
      cache.put(session("s1", 2));
      advance(TTL.minusSeconds(1));
      cache.put(session("s1", 1));

      advance(Duration.ofSeconds(1));
      assertThat(cache.get("s1")).isEmpty();
    }

    @Test
    @DisplayName("evict beyond the maximum size")
    void evictsBySize() {
      CaffeineSessionCache small = new CaffeineSessionCache(10, TTL, nanos::get, Runnable::run);
      for (int i = 0; i < 1000; i++) {
        small.put(session("s" + i, 1));
      }
      small.cleanUp();

      long kept = 0;
      for (int i = 0; i < 1000; i++) {
        kept += small.get("s" + i).isPresent() ? 1 : 0;
      }
      assertThat(kept).isBetween(1L, 10L);
    }

    @Test
    @DisplayName("are configured by the public constructor")
    void publicConstructor() {
      CaffeineSessionCache real = new CaffeineSessionCache(10, Duration.ofMinutes(1));
      real.put(session("s1", 1));

      assertThat(real.get("s1")).contains(session("s1", 1));
    }
  }
}
