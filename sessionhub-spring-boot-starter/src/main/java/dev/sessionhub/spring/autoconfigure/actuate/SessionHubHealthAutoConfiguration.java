package dev.sessionhub.spring.autoconfigure.actuate;

import dev.sessionhub.spi.ContentStore;
import dev.sessionhub.spi.SessionCache;
import dev.sessionhub.spi.SessionStore;
import dev.sessionhub.spring.autoconfigure.SessionHubAutoConfiguration;
import dev.sessionhub.spring.autoconfigure.SessionHubJdbcAutoConfiguration;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.health.autoconfigure.contributor.ConditionalOnEnabledHealthIndicator;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.context.annotation.Bean;

/**
 * Actuator health of SessionHub's parts, when Actuator is on the classpath: the store
 * ({@code sessionHubStore}), the cache ({@code sessionHubCache}) and the attachment content store
 * ({@code sessionHubContent}), each when its bean exists (the in-memory defaults the hub makes
 * for itself cannot fail and have none). Off with {@code management.health.sessionhub.enabled=false};
 * a host bean of the same name replaces one.
 */
@AutoConfiguration(after = {SessionHubJdbcAutoConfiguration.class, SessionHubAutoConfiguration.class})
@ConditionalOnClass(HealthIndicator.class)
@ConditionalOnEnabledHealthIndicator("sessionhub")
public class SessionHubHealthAutoConfiguration {

  /** Creates the auto-configuration; Spring calls this. */
  public SessionHubHealthAutoConfiguration() {}

  /**
   * The store's health.
   *
   * @param store the session store
   * @return the indicator
   */
  @Bean
  @ConditionalOnBean(SessionStore.class)
  @ConditionalOnMissingBean(name = "sessionHubStoreHealthIndicator")
  public SessionStoreHealthIndicator sessionHubStoreHealthIndicator(SessionStore store) {
    return new SessionStoreHealthIndicator(store);
  }

  /**
   * The cache's health.
   *
   * @param cache the session cache
   * @return the indicator
   */
  @Bean
  @ConditionalOnBean(SessionCache.class)
  @ConditionalOnMissingBean(name = "sessionHubCacheHealthIndicator")
  public SessionCacheHealthIndicator sessionHubCacheHealthIndicator(SessionCache cache) {
    return new SessionCacheHealthIndicator(cache);
  }

  /**
   * The content store's health.
   *
   * @param store the content store
   * @return the indicator
   */
  @Bean
  @ConditionalOnBean(ContentStore.class)
  @ConditionalOnMissingBean(name = "sessionHubContentHealthIndicator")
  public ContentStoreHealthIndicator sessionHubContentHealthIndicator(ContentStore store) {
    return new ContentStoreHealthIndicator(store);
  }
}
