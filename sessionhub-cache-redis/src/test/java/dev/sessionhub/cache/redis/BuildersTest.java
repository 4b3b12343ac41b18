package dev.sessionhub.cache.redis;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import redis.clients.jedis.RedisClient;

/** The builders refuse bad settings with an IllegalArgumentException naming the setting; nothing is started. */
@DisplayName("The builders")
class BuildersTest {

  private static final RedisClient REDIS = TestRedis.client();

  @AfterAll
  static void close() {
    REDIS.close();
  }

  @Test
  @DisplayName("of the cache refuse a bad prefix, instance id, size, ttl, lease and retry delay")
  void cache() {
    RedisCaches b = RedisCaches.builder(REDIS);
    assertThatThrownBy(() -> b.keyPrefix("has space")).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("key prefix");
    assertThatThrownBy(() -> b.keyPrefix("x".repeat(65))).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> b.instanceId("")).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("instance id");
    assertThatThrownBy(() -> b.localMaximumSize(-1)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("localMaximumSize");
    assertThatThrownBy(() -> b.sessionTtl(Duration.ZERO)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("sessionTtl");
    assertThatThrownBy(() -> b.lease(Duration.ofMillis(19))).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("lease");
    assertThatThrownBy(() -> b.lease(Duration.ofSeconds(11))).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> b.retryAfter(Duration.ofMillis(-1))).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("retryAfter");
    assertThatThrownBy(() -> RedisCaches.builder(null)).isInstanceOf(NullPointerException.class).hasMessageContaining("jedis");
  }

  @Test
  @DisplayName("of the transport refuse a bad prefix, length, ttl, outbox and retry delay, and a second start")
  void transport() {
    RedisEventTransport.Builder b = RedisEventTransport.builder(REDIS);
    assertThatThrownBy(() -> b.keyPrefix("a{b}")).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("key prefix");
    assertThatThrownBy(() -> b.maxLength(99)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("maxLength");
    assertThatThrownBy(() -> b.ttl(Duration.ofSeconds(-1))).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("ttl");
    assertThatThrownBy(() -> b.outboxCapacity(0)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("outboxCapacity");
    assertThatThrownBy(() -> b.retryAfter(Duration.ofMinutes(2))).isInstanceOf(IllegalArgumentException.class);
    RedisEventTransport t = b.keyPrefix("builders:").build();
    t.start("one", e -> {});
    try {
      assertThatThrownBy(() -> t.start("one", e -> {})).isInstanceOf(IllegalStateException.class);
    } finally {
      t.stop();
    }
  }
}
