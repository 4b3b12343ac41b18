package dev.sessionhub.spring.redis;

import org.springframework.boot.autoconfigure.condition.AnyNestedCondition;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;

/** Matches when a Redis is configured: {@code sessionhub.redis.url}, or Spring Boot's {@code spring.data.redis.url} or {@code .host}. */
final class RedisConfigured extends AnyNestedCondition {

  RedisConfigured() {
    super(ConfigurationPhase.PARSE_CONFIGURATION);
  }

  @ConditionalOnProperty(prefix = "sessionhub.redis", name = "url")
  static final class SessionHubUrl {}

  @ConditionalOnProperty(prefix = "spring.data.redis", name = "url")
  static final class SpringUrl {}

  @ConditionalOnProperty(prefix = "spring.data.redis", name = "host")
  static final class SpringHost {}
}
