package dev.sessionhub.spring.autoconfigure.actuate;

import dev.sessionhub.SessionHub;
import dev.sessionhub.spi.SessionCache;
import dev.sessionhub.spi.SessionStore;
import dev.sessionhub.spring.autoconfigure.SessionHubAutoConfiguration;
import dev.sessionhub.spring.autoconfigure.SessionHubJdbcAutoConfiguration;
import dev.sessionhub.spring.autoconfigure.SessionHubProperties;
import dev.sessionhub.spring.autoconfigure.SessionStatusCounter;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;

/**
 * Micrometer meters of SessionHub, when a {@link MeterRegistry} bean exists: a timer per facade
 * operation and outcome ({@link MicrometerOperationObserver}, registered on the hub as an
 * observer), the local cache's counters and hit ratio ({@link SessionCacheMeters}), and sessions
 * by status ({@link SessionStatusGauges}, counted at most once per
 * {@code sessionhub.metrics.status-refresh}). Each gives way to a host bean of its type.
 */
@AutoConfiguration(after = {SessionHubJdbcAutoConfiguration.class, SessionHubAutoConfiguration.class}, afterName = {
    "org.springframework.boot.micrometer.metrics.autoconfigure.MetricsAutoConfiguration",
    "org.springframework.boot.micrometer.metrics.autoconfigure.CompositeMeterRegistryAutoConfiguration",
    "org.springframework.boot.micrometer.metrics.autoconfigure.export.simple.SimpleMetricsExportAutoConfiguration"})
@ConditionalOnClass(MeterRegistry.class)
@ConditionalOnBean(MeterRegistry.class)
public class SessionHubMetricsAutoConfiguration {

  /** Creates the auto-configuration; Spring calls this. */
  public SessionHubMetricsAutoConfiguration() {}

  /**
   * The operation timers, registered on the auto-configured hub.
   *
   * @param registry the registry
   * @return the observer
   */
  @Bean
  @ConditionalOnMissingBean
  public MicrometerOperationObserver sessionHubOperationMeters(MeterRegistry registry) {
    return new MicrometerOperationObserver(registry);
  }

  /**
   * The local cache's meters.
   *
   * @param cache the cache
   * @return the meters, bound by Spring Boot to every registry
   */
  @Bean
  @ConditionalOnBean(SessionCache.class)
  @ConditionalOnMissingBean
  public SessionCacheMeters sessionHubCacheMeters(SessionCache cache) {
    return new SessionCacheMeters(cache);
  }

  /**
   * Sessions by status of the hub's in-memory store, kept from its events, when the application
   * has no store bean (and no counter) of its own.
   *
   * @param hub the hub, read only for imported sessions
   * @return the tally, a listener of the hub
   */
  @Bean
  @ConditionalOnMissingBean({SessionStatusCounter.class, SessionStore.class})
  EventStatusTally sessionHubStatusTally(ObjectProvider<SessionHub> hub) {
    return new EventStatusTally(hub);
  }

  /**
   * The sessions-by-status gauges.
   *
   * @param counter what counts
   * @param properties the {@code sessionhub.*} properties
   * @return the gauges, bound by Spring Boot to every registry
   */
  @Bean
  @ConditionalOnBean(SessionStatusCounter.class)
  @ConditionalOnMissingBean
  public SessionStatusGauges sessionHubStatusGauges(SessionStatusCounter counter, SessionHubProperties properties) {
    return new SessionStatusGauges(counter, properties.getMetrics().getStatusRefresh());
  }
}
