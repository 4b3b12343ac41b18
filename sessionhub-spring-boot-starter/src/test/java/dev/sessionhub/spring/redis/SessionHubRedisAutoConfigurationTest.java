package dev.sessionhub.spring.redis;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sessionhub.NewSession;
import dev.sessionhub.SessionHub;
import dev.sessionhub.cache.LocalSessionCache;
import dev.sessionhub.cache.redis.RedisEventTransport;
import dev.sessionhub.cache.redis.TwoLevelSessionCache;
import dev.sessionhub.model.Session;
import dev.sessionhub.spi.EventTransport;
import dev.sessionhub.spi.SessionCache;
import dev.sessionhub.spring.autoconfigure.SessionHubAutoConfiguration;
import dev.sessionhub.spring.autoconfigure.actuate.SessionHubHealthAutoConfiguration;
import dev.sessionhub.spring.autoconfigure.actuate.SessionHubMetricsAutoConfiguration;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.health.contributor.Status;
import org.springframework.boot.micrometer.metrics.autoconfigure.MetricsAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import redis.embedded.RedisServer;

/** The Redis wiring against an embedded redis-server, started once for the class. */
@DisplayName("The Redis auto-configuration")
class SessionHubRedisAutoConfigurationTest {

  private static RedisServer server;
  private static int port;

  private final ApplicationContextRunner runner = new ApplicationContextRunner()
      .withConfiguration(AutoConfigurations.of(SessionHubRedisAutoConfiguration.class, SessionHubRedisActuatorAutoConfiguration.class, SessionHubAutoConfiguration.class,
          SessionHubHealthAutoConfiguration.class, SessionHubMetricsAutoConfiguration.class, MetricsAutoConfiguration.class))
      .withBean(MeterRegistry.class, SimpleMeterRegistry::new);

  @BeforeAll
  static void startRedis() throws IOException {
    port = freePort();
    server = RedisServer.newRedisServer().port(port).bind("127.0.0.1").setting("save \"\"").setting("appendonly no").build();
    server.start();
  }

  @AfterAll
  static void stopRedis() throws IOException {
    server.stop();
  }

  private static int freePort() {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Test
  @DisplayName("with sessionhub.redis.url: the two-level cache, the Redis event transport, health UP and per-level meters")
  void sessionHubUrl() {
    runner.withPropertyValues("sessionhub.redis.url=redis://127.0.0.1:" + port, "sessionhub.redis.key-prefix=boot1:",
        "sessionhub.cursor-secret=a shared secret of the instances").run(context -> {
          assertThat(context).hasNotFailed();
          TwoLevelSessionCache cache = context.getBean(TwoLevelSessionCache.class);
          assertThat(context.getBean(SessionCache.class)).isSameAs(cache);
          assertThat(context.getBean(EventTransport.class)).isInstanceOf(RedisEventTransport.class);
          SessionHub hub = context.getBean(SessionHub.class);
          Session s = hub.create("ann", NewSession.named("Through Redis"));
          assertThat(hub.get("ann", s.id())).isEqualTo(s);
          assertThat(eventually(cache::redisAvailable)).isTrue();
          var health = context.getBean("sessionHubRedisHealthIndicator", RedisHealthIndicator.class).health();
          assertThat(health.getStatus()).isEqualTo(Status.UP);
          MeterRegistry meters = context.getBean(MeterRegistry.class);
          assertThat(meters.get("sessionhub.cache.hits").tag("level", "local").functionCounter().count()
              + meters.get("sessionhub.cache.hits").tag("level", "redis").functionCounter().count()).isPositive();
          assertThat(meters.get("sessionhub.cache.errors").tag("level", "redis").functionCounter()).isNotNull();
          assertThat(meters.get("sessionhub.cache.redis.available").gauge().value()).isEqualTo(1.0);
        });
  }

  @Test
  @DisplayName("with Spring Boot's spring.data.redis.host and port: the same, and events can be turned off")
  void springDataRedis() {
    runner.withPropertyValues("spring.data.redis.host=127.0.0.1", "spring.data.redis.port=" + port,
        "sessionhub.redis.key-prefix=boot2:", "sessionhub.redis.events=false").run(context -> {
          assertThat(context).hasNotFailed();
          assertThat(context.getBean(SessionCache.class)).isInstanceOf(TwoLevelSessionCache.class);
          assertThat(context).doesNotHaveBean(EventTransport.class);
        });
  }

  @Test
  @DisplayName("without a Redis configured, or with sessionhub.redis.enabled=false: core's local cache, no transport")
  void notConfigured() {
    runner.run(context -> {
      assertThat(context.getBean(SessionCache.class)).isInstanceOf(LocalSessionCache.class);
      assertThat(context).doesNotHaveBean(EventTransport.class).doesNotHaveBean(RedisHealthIndicator.class);
    });
    runner.withPropertyValues("sessionhub.redis.url=redis://127.0.0.1:" + port, "sessionhub.redis.enabled=false").run(context -> {
      assertThat(context.getBean(SessionCache.class)).isInstanceOf(LocalSessionCache.class);
      assertThat(context).doesNotHaveBean(EventTransport.class);
    });
  }

  @Test
  @DisplayName("with Redis unreachable: the context starts, the hub works on its store, health is DOWN")
  void unreachable() {
    runner.withPropertyValues("sessionhub.redis.url=redis://127.0.0.1:" + freePort(), "sessionhub.redis.timeout=100ms",
        "sessionhub.cursor-secret=a shared secret of the instances").run(context -> {
          assertThat(context).hasNotFailed();
          SessionHub hub = context.getBean(SessionHub.class);
          Session s = hub.create("ann", NewSession.named("Without Redis"));
          assertThat(hub.get("ann", s.id()).id()).isEqualTo(s.id());
          assertThat(context.getBean(RedisHealthIndicator.class).health().getStatus()).isEqualTo(Status.DOWN);
        });
  }

  private static boolean eventually(java.util.function.BooleanSupplier done) throws InterruptedException {
    long end = System.nanoTime() + Duration.ofSeconds(5).toNanos();
    while (System.nanoTime() < end) {
      if (done.getAsBoolean()) {
        return true;
      }
      Thread.sleep(20);
    }
    return done.getAsBoolean();
  }
}
