/**
 * Spring Boot wiring of {@code sessionhub-cache-redis}: {@link
 * dev.sessionhub.spring.redis.SessionHubRedisAutoConfiguration} (the two-level cache and the
 * event transport when a Redis is configured), its {@code sessionhub.redis.*} properties, a
 * health indicator and the per-level cache meters.
 */
@NullMarked
package dev.sessionhub.spring.redis;

import org.jspecify.annotations.NullMarked;
