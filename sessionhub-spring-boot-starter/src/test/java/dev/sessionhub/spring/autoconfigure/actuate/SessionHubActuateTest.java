package dev.sessionhub.spring.autoconfigure.actuate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.zaxxer.hikari.HikariDataSource;
import dev.sessionhub.NewSession;
import dev.sessionhub.SessionHub;
import dev.sessionhub.error.NotFoundException;
import dev.sessionhub.error.StoreUnavailableException;
import dev.sessionhub.model.Session;
import dev.sessionhub.spi.SessionCache;
import dev.sessionhub.spring.autoconfigure.SessionHubAutoConfiguration;
import dev.sessionhub.spring.autoconfigure.SessionHubJdbcAutoConfiguration;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.health.contributor.Status;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.micrometer.metrics.autoconfigure.MetricsAutoConfiguration;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/** Health indicators and meters, with the real hub, store and registry. */
class SessionHubActuateTest {

  private final ApplicationContextRunner runner = new ApplicationContextRunner()
      .withConfiguration(AutoConfigurations.of(DataSourceAutoConfiguration.class, SessionHubJdbcAutoConfiguration.class,
          SessionHubAutoConfiguration.class, SessionHubHealthAutoConfiguration.class,
          SessionHubMetricsAutoConfiguration.class, MetricsAutoConfiguration.class));

  private static String h2() {
    return "spring.datasource.url=jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
  }

  private static void deleteTree(Path root) throws java.io.IOException {
    try (Stream<Path> files = Files.walk(root)) {
      for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }

  @Nested
  @DisplayName("health")
  class Health {

    @Test
    @DisplayName("store, cache and content store UP; the store DOWN once its DataSource is closed")
    void storeDownWhenDataSourceClosed(@TempDir Path dir) {
      runner.withPropertyValues(h2(), "sessionhub.attachments.root=" + dir.resolve("content")).run(ctx -> {
        HealthIndicator store = ctx.getBean("sessionHubStoreHealthIndicator", HealthIndicator.class);
        assertThat(store.health().getStatus()).isEqualTo(Status.UP);
        assertThat(ctx.getBean("sessionHubCacheHealthIndicator", HealthIndicator.class).health().getStatus())
            .isEqualTo(Status.UP);
        assertThat(ctx.getBean("sessionHubContentHealthIndicator", HealthIndicator.class).health().getStatus())
            .isEqualTo(Status.UP);
        ctx.getBean(HikariDataSource.class).close();
        org.springframework.boot.health.contributor.Health down = store.health();
        assertThat(down.getStatus()).isEqualTo(Status.DOWN);
        assertThat(down.getDetails().get("error").toString()).contains(StoreUnavailableException.class.getName());
      });
    }

    @Test
    @DisplayName("the content store DOWN when its root is no longer a writable directory, UP again when it is")
    void contentDownWhenRootBroken(@TempDir Path dir) {
      Path root = dir.resolve("content");
      runner.withPropertyValues("sessionhub.attachments.root=" + root).run(ctx -> {
        HealthIndicator content = ctx.getBean("sessionHubContentHealthIndicator", HealthIndicator.class);
        assertThat(content.health().getStatus()).isEqualTo(Status.UP);
        deleteTree(root);
        Files.writeString(root, "a file where the root directory was");
        assertThat(content.health().getStatus()).isEqualTo(Status.DOWN);
        Files.delete(root);
        Files.createDirectories(root);
        assertThat(content.health().getStatus()).isEqualTo(Status.UP);
        try (Stream<Path> left = Files.list(root)) {
          assertThat(left.filter(p -> !p.getFileName().toString().equals(".tmp"))).isEmpty();
        }
      });
    }

    @Test
    @DisplayName("the cache DOWN when its lookups fail (a host cache whose server is gone)")
    void cacheDown() {
      SessionCache broken = new SessionCache() {
        @Override
        public java.util.Optional<Session> get(String sessionId) {
          throw new StoreUnavailableException("cache server unreachable", new java.net.ConnectException("refused"));
        }

        @Override
        public void put(Session session) { }

        @Override
        public void invalidate(String sessionId) { }
      };
      runner.withBean(SessionCache.class, () -> broken).run(ctx ->
          assertThat(ctx.getBean("sessionHubCacheHealthIndicator", HealthIndicator.class).health().getStatus())
              .isEqualTo(Status.DOWN));
    }

    @Test
    @DisplayName("in memory: a cache indicator only (the hub's own stores cannot fail); none without Actuator "
        + "or with management.health.sessionhub.enabled=false")
    void conditions() {
      ApplicationContextRunner inMemory = runner.withPropertyValues("sessionhub.jdbc.enabled=false");
      inMemory.run(ctx -> assertThat(ctx).hasSingleBean(SessionCacheHealthIndicator.class)
          .doesNotHaveBean(SessionStoreHealthIndicator.class).doesNotHaveBean(ContentStoreHealthIndicator.class));
      inMemory.withClassLoader(new FilteredClassLoader(HealthIndicator.class)).run(ctx ->
          assertThat(ctx).hasNotFailed().doesNotHaveBean(SessionCacheHealthIndicator.class));
      inMemory.withPropertyValues("management.health.sessionhub.enabled=false").run(ctx ->
          assertThat(ctx).doesNotHaveBean(SessionCacheHealthIndicator.class));
    }
  }

  @Nested
  @DisplayName("meters")
  class Meters {

    private final ApplicationContextRunner withRegistry = runner.withBean(MeterRegistry.class, SimpleMeterRegistry::new)
        .withPropertyValues("sessionhub.jdbc.enabled=false");

    @Test
    @DisplayName("a timer per operation and outcome counts each call")
    void operationTimers() {
      withRegistry.run(ctx -> {
        SessionHub hub = ctx.getBean(SessionHub.class);
        Session s = hub.create("ann", NewSession.named("x"));
        hub.get("ann", s.id());
        hub.get("ann", s.id());
        assertThatThrownBy(() -> hub.get("ann", "no-such-session")).isInstanceOf(NotFoundException.class);
        MeterRegistry registry = ctx.getBean(MeterRegistry.class);
        assertThat(registry.get("sessionhub.operations").tags("operation", "create", "outcome", "success").timer()
            .count()).isEqualTo(1);
        assertThat(registry.get("sessionhub.operations").tags("operation", "get", "outcome", "success").timer()
            .count()).isEqualTo(2);
        assertThat(registry.get("sessionhub.operations").tags("operation", "get", "outcome", "NotFoundException")
            .timer().count()).isEqualTo(1);
      });
    }

    @Test
    @DisplayName("cache hits, misses and hit ratio from the local cache's statistics")
    void cacheMeters() {
      withRegistry.withPropertyValues(h2(), "sessionhub.jdbc.enabled=true").run(ctx -> {
        SessionHub hub = ctx.getBean(SessionHub.class);
        Session s = hub.create("ann", NewSession.named("x"));
        ctx.getBean(SessionCache.class).invalidate(s.id());
        hub.get("ann", s.id());
        hub.get("ann", s.id());
        hub.get("ann", s.id());
        MeterRegistry registry = ctx.getBean(MeterRegistry.class);
        double hits = registry.get("sessionhub.cache.hits").functionCounter().count();
        double misses = registry.get("sessionhub.cache.misses").functionCounter().count();
        assertThat(hits).isGreaterThanOrEqualTo(2);
        assertThat(misses).isGreaterThanOrEqualTo(1);
        assertThat(registry.get("sessionhub.cache.hit.ratio").gauge().value()).isEqualTo(hits / (hits + misses));
        assertThat(registry.get("sessionhub.cache.evictions").functionCounter().count()).isZero();
        assertThat(registry.get("sessionhub.cache.size").gauge().value()).isEqualTo(1);
      });
    }

    @Test
    @DisplayName("sessions by status, in memory: kept from the hub's events, imports included")
    void statusInMemory() {
      withRegistry.withPropertyValues("sessionhub.metrics.status-refresh=0s").run(ctx -> {
        SessionHub hub = ctx.getBean(SessionHub.class);
        Session a = hub.create("ann", NewSession.named("a"));
        hub.create("ann", NewSession.named("b"));
        a = hub.start("ann", a.id(), a.version());
        a = hub.pause("ann", a.id(), a.version());
        String exported = hub.exportJson("ann", a.id());
        hub.archive("ann", a.id(), a.version());
        MeterRegistry registry = ctx.getBean(MeterRegistry.class);
        assertThat(status(registry, "DRAFT")).isEqualTo(1);
        assertThat(status(registry, "ARCHIVED")).isEqualTo(1);
        assertThat(status(registry, "PAUSED")).isZero();
        withRegistry.withPropertyValues("sessionhub.metrics.status-refresh=0s").run(other -> {
          other.getBean(SessionHub.class).importJson("ann", exported);
          assertThat(status(other.getBean(MeterRegistry.class), "PAUSED")).isEqualTo(1);
        });
      });
    }

    @Test
    @DisplayName("sessions by status, JDBC: counted in the table, and reused within the refresh interval")
    void statusJdbc() {
      withRegistry.withPropertyValues(h2(), "sessionhub.jdbc.enabled=true", "sessionhub.metrics.status-refresh=1h").run(ctx -> {
        SessionHub hub = ctx.getBean(SessionHub.class);
        Session a = hub.create("ann", NewSession.named("a"));
        hub.start("ann", a.id(), a.version());
        hub.create("bob", NewSession.named("b"));
        MeterRegistry registry = ctx.getBean(MeterRegistry.class);
        assertThat(status(registry, "ACTIVE")).isEqualTo(1);
        assertThat(status(registry, "DRAFT")).isEqualTo(1);
        hub.create("bob", NewSession.named("c"));
        assertThat(status(registry, "DRAFT")).as("the figure of the last count, an hour old at most").isEqualTo(1);
      });
      withRegistry.withPropertyValues(h2(), "sessionhub.jdbc.enabled=true", "sessionhub.metrics.status-refresh=0s").run(ctx -> {
        SessionHub hub = ctx.getBean(SessionHub.class);
        hub.create("bob", NewSession.named("b"));
        assertThat(status(ctx.getBean(MeterRegistry.class), "DRAFT")).isEqualTo(1);
        hub.create("bob", NewSession.named("c"));
        assertThat(status(ctx.getBean(MeterRegistry.class), "DRAFT")).isEqualTo(2);
      });
    }

    @Test
    @DisplayName("no meters without a MeterRegistry")
    void noRegistry() {
      runner.run(ctx -> assertThat(ctx).doesNotHaveBean(MicrometerOperationObserver.class)
          .doesNotHaveBean(SessionStatusGauges.class));
    }

    private static double status(MeterRegistry registry, String status) {
      return registry.get("sessionhub.sessions").tag("status", status).gauge().value();
    }
  }
}
