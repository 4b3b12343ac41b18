/**
 * SessionHub on Redis: a {@link dev.sessionhub.cache.redis.TwoLevelSessionCache two-level
 * session cache} (core's local cache in front of Redis, kept coherent across instances) built by
 * {@link dev.sessionhub.cache.redis.RedisCaches}, and an
 * {@link dev.sessionhub.cache.redis.RedisEventTransport event transport} over a Redis stream. Both
 * take the host's Jedis {@code UnifiedJedis} and never throw Jedis exceptions at the hub.
 */
@NullMarked
package dev.sessionhub.cache.redis;

import org.jspecify.annotations.NullMarked;
