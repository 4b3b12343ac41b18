package dev.sessionhub.cache.redis;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import redis.clients.jedis.RedisClient;

/**
 * Redis stopped for two seconds and started again (empty: no persistence) in the middle of the
 * two-instance workload, on a Redis server of this class's own.
 */
class RedisRestartTest {

  private static TestRedis.Server server;
  private static RedisClient redis;

  @BeforeAll
  static void startRedis() {
    server = TestRedis.ownServer();
    redis = TestRedis.client(server.address());
  }

  @AfterAll
  static void stopRedis() {
    redis.close();
    server.stop();
  }

  @Test
  @DisplayName("no operation fails, no update is lost, no read is stale, and cache and events come back by themselves")
  void restart() throws InterruptedException {
    JdbcDataSource h2 = new JdbcDataSource();
    h2.setURL("jdbc:h2:mem:restart;DB_CLOSE_DELAY=-1");
    try (TwoInstances two = new TwoInstances(h2, "r_", name -> RedisCaches.builder(redis).keyPrefix("restart:")
        .instanceId(name).build(), name -> RedisEventTransport.builder(redis).keyPrefix("restart:").build(), 20)) {

      TwoInstances.Run run = two.run(2, 2, Duration.ofSeconds(9), () -> {
        pause(2_000);
        server.stop();
        pause(2_000);
        server.start();
      });
      System.err.printf("restart run: %d writes, %d reads%n  a: %s%n  b: %s%n", run.writes(), run.reads(),
          TwoInstancesBehaviour.stats(two.a), TwoInstancesBehaviour.stats(two.b));

      assertThat(run.failureSamples()).as("operations that failed").isEmpty();
      assertThat(run.staleSamples()).as("stale reads of %d", run.reads()).isEmpty();
      for (String id : two.ids) {
        assertThat(two.storedVersion(h2, "r_", id)).as("no update of %s lost", id).isEqualTo(1 + two.appends.get(id).sum());
      }
      for (TwoInstances.Node node : List.of(two.a, two.b)) {
        TwoLevelSessionCache cache = (TwoLevelSessionCache) node.cache();
        assertThat(TwoInstances.eventually(cache::redisAvailable, Duration.ofSeconds(5))).as("%s back", node.name()).isTrue();
        assertThat(cache.stats().outages()).as("%s saw one outage", node.name()).isEqualTo(1);
        long hitsBefore = cache.stats().local().hits();
        long redisHitsBefore = cache.stats().redis().hits();
        for (String id : two.ids) {
          node.hub().get(TwoInstances.OWNER, id);
          node.hub().get(TwoInstances.OWNER, id);
        }
        assertThat(cache.stats().redis().hits() + cache.stats().local().hits())
            .as("%s serves from its cache again", node.name()).isGreaterThan(hitsBefore + redisHitsBefore);
        assertThat(cache.stats().local().hits()).as("%s serves from its local level again", node.name())
            .isGreaterThan(hitsBefore);
        assertThat(TwoInstances.eventually(() -> TwoInstancesBehaviour.versions(node.events()).size()
            == TwoInstancesBehaviour.expectedEvents(two), Duration.ofSeconds(10)))
            .as("%s heard every version of every session: %d of %d", node.name(),
                TwoInstancesBehaviour.versions(node.events()).size(), TwoInstancesBehaviour.expectedEvents(two)).isTrue();
        assertThat(node.events()).as("%s heard no event twice", node.name())
            .hasSize((int) TwoInstancesBehaviour.expectedEvents(two));
      }
    }
  }

  private static void pause(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
