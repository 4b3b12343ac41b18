package dev.sessionhub.cache.redis;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sessionhub.cache.SessionCaches;
import dev.sessionhub.model.event.SessionEvent;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import redis.clients.jedis.RedisClient;

/**
 * Two hubs on one database and one Redis, two writer and two reader threads each: what the
 * issue asks of the cache and the events. Subclasses name the database.
 */
abstract class TwoInstancesBehaviour {

  private static final AtomicInteger RUNS = new AtomicInteger();
  static RedisClient REDIS;

  /** The database both instances share. */
  protected abstract DataSource database();

  @BeforeAll
  static void openRedis() {
    REDIS = TestRedis.client();
  }

  @AfterAll
  static void closeRedis() {
    REDIS.close();
  }

  private static String unique() {
    return "two" + RUNS.incrementAndGet() + "_" + Long.toHexString(System.nanoTime() & 0xffffff) + "_";
  }

  @Test
  @DisplayName("with the two-level cache: no read is older than an acknowledged update, none is lost, and each "
      + "instance hears every event once")
  void coherent() throws InterruptedException {
    String prefix = unique();
    try (TwoInstances two = new TwoInstances(database(), prefix, name -> RedisCaches.builder(REDIS).keyPrefix(prefix)
        .instanceId(name).build(), name -> RedisEventTransport.builder(REDIS).keyPrefix(prefix).build(), 20)) {

      TwoInstances.Run run = two.run(2, 2, Duration.ofSeconds(4), () -> {});

      System.err.printf("two-level run: %d writes, %d reads%n  a: %s%n  b: %s%n", run.writes(), run.reads(), stats(two.a),
          stats(two.b));
      assertThat(run.failureSamples()).as("operations that failed").isEmpty();
      assertThat(run.staleSamples()).as("stale reads of %d; a: %s; b: %s", run.reads(), stats(two.a), stats(two.b)).isEmpty();
      assertThat(run.writes()).isGreaterThan(20);
      assertThat(run.reads()).isGreaterThan(100);
      for (TwoInstances.Node node : List.of(two.a, two.b)) {
        TwoLevelCacheStats stats = ((TwoLevelSessionCache) node.cache()).stats();
        assertThat(stats.local().hits()).as("%s served reads from its local level: %s", node.name(), stats).isPositive();
        assertThat(stats.invalidationsReceived()).as("%s applied the other's invalidations", node.name()).isPositive();
      }
      for (String id : two.ids) {
        assertThat(two.storedVersion(database(), prefix, id)).as("no update of %s lost", id)
            .isEqualTo(1 + two.appends.get(id).sum());
      }
      for (TwoInstances.Node node : List.of(two.a, two.b)) {
        assertThat(TwoInstances.eventually(() -> versions(node.events()).size() == expectedEvents(two), Duration.ofSeconds(10)))
            .as("%s heard every version of every session: %d of %d", node.name(), versions(node.events()).size(),
                expectedEvents(two)).isTrue();
        assertThat(node.events()).as("%s heard no event twice", node.name()).hasSize((int) expectedEvents(two));
      }
    }
  }

  @Test
  @DisplayName("the same workload on two plain local caches does read stale versions: the check above can fail")
  void controlWithLocalCaches() throws InterruptedException {
    String prefix = unique();
    try (TwoInstances two = new TwoInstances(database(), prefix, name -> SessionCaches.local(10_000, Duration.ofHours(1)),
        name -> null, 20)) {

      TwoInstances.Run run = two.run(2, 2, Duration.ofSeconds(2), () -> {});
      System.err.printf("local-only run: %d writes, %d reads, %d stale%n", run.writes(), run.reads(), run.stale());

      assertThat(run.failureSamples()).isEmpty();
      assertThat(run.stale()).as("stale reads of %d", run.reads()).isPositive();
    }
  }

  static TwoLevelCacheStats stats(TwoInstances.Node node) {
    return ((TwoLevelSessionCache) node.cache()).stats();
  }

  /** Every session's versions 1..n each made exactly one event (a create or an update). */
  static long expectedEvents(TwoInstances two) {
    return two.ids.stream().mapToLong(id -> 1 + two.appends.get(id).sum()).sum();
  }

  static Set<String> versions(List<SessionEvent> events) {
    Set<String> out = new HashSet<>();
    events.forEach(e -> out.add(e.sessionId() + "@" + e.version()));
    return out;
  }
}
