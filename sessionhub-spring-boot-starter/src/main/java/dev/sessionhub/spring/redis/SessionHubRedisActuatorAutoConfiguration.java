package dev.sessionhub.spring.redis;

import dev.sessionhub.cache.redis.TwoLevelSessionCache;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.health.autoconfigure.contributor.ConditionalOnEnabledHealthIndicator;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Actuator and Micrometer for the two-level cache of {@link SessionHubRedisAutoConfiguration},
 * when it made one (or the host declared a {@link TwoLevelSessionCache}): the
 * {@code sessionHubRedis} health indicator ({@link RedisHealthIndicator}; off with
 * {@code management.health.sessionhub.enabled=false}) and the per-level meters
 * ({@link TwoLevelCacheMeters}). Each gives way to a host bean.
 */
@AutoConfiguration(after = SessionHubRedisAutoConfiguration.class)
@ConditionalOnClass(TwoLevelSessionCache.class)
public class SessionHubRedisActuatorAutoConfiguration {

  /** Creates the auto-configuration; Spring calls this. */
  public SessionHubRedisActuatorAutoConfiguration() {}

  /** The Redis health indicator, when Actuator's health is on the classpath. */
  @Configuration(proxyBeanMethods = false)
  @ConditionalOnClass(HealthIndicator.class)
  @ConditionalOnEnabledHealthIndicator("sessionhub")
  static class Health {

    /**
     * The indicator.
     *
     * @param cache the two-level cache
     * @return the indicator
     */
    @Bean
    @ConditionalOnBean(TwoLevelSessionCache.class)
    @ConditionalOnMissingBean(name = "sessionHubRedisHealthIndicator")
    RedisHealthIndicator sessionHubRedisHealthIndicator(TwoLevelSessionCache cache) {
      return new RedisHealthIndicator(cache);
    }
  }

  /** The per-level cache meters, when Micrometer is on the classpath. */
  @Configuration(proxyBeanMethods = false)
  @ConditionalOnClass(MeterRegistry.class)
  static class Metrics {

    /**
     * The meters.
     *
     * @param cache the two-level cache
     * @return the binder
     */
    @Bean
    @ConditionalOnBean(TwoLevelSessionCache.class)
    @ConditionalOnMissingBean
    TwoLevelCacheMeters sessionHubTwoLevelCacheMeters(TwoLevelSessionCache cache) {
      return new TwoLevelCacheMeters(cache);
    }
  }
}
