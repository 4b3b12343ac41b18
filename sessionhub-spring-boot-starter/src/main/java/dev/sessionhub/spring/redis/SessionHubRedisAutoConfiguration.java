package dev.sessionhub.spring.redis;

import dev.sessionhub.cache.redis.RedisCaches;
import dev.sessionhub.cache.redis.RedisEventTransport;
import dev.sessionhub.cache.redis.TwoLevelSessionCache;
import dev.sessionhub.spring.autoconfigure.SessionHubAutoConfiguration;
import dev.sessionhub.spring.autoconfigure.SessionHubProperties;
import java.net.URI;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.core.env.Environment;
import redis.clients.jedis.DefaultJedisClientConfig;
import redis.clients.jedis.RedisClient;
import redis.clients.jedis.UnifiedJedis;
import redis.clients.jedis.util.JedisURIHelper;

/**
 * Several instances through Redis, when {@code sessionhub-cache-redis} is on the classpath and a
 * Redis is configured ({@code sessionhub.redis.url}, or Spring Boot's {@code spring.data.redis.url}
 * or {@code .host}/{@code .port}): the session cache becomes the two-level cache (core's local cache
 * in front of Redis), events travel between instances over a Redis stream
 * ({@code sessionhub.redis.events=false} turns that off); {@link
 * SessionHubRedisActuatorAutoConfiguration} adds a health indicator and the per-level meters. Runs before
 * {@link SessionHubAutoConfiguration}, so the hub picks these beans up; each gives way to a host
 * bean of its type (a host {@link UnifiedJedis}, e.g. a cluster client, is used as it is). Off
 * with {@code sessionhub.redis.enabled=false}.
 */
@AutoConfiguration(before = SessionHubAutoConfiguration.class)
@ConditionalOnClass({RedisCaches.class, UnifiedJedis.class})
@Conditional(RedisConfigured.class)
@ConditionalOnProperty(prefix = "sessionhub.redis", name = "enabled", matchIfMissing = true)
@EnableConfigurationProperties({SessionHubRedisProperties.class, SessionHubProperties.class})
public class SessionHubRedisAutoConfiguration {

  /** Creates the auto-configuration; Spring calls this. */
  public SessionHubRedisAutoConfiguration() {}

  /**
   * A pooled client of the configured server, with the configured timeout; closed with the context.
   *
   * @param properties the {@code sessionhub.redis.*} properties
   * @param env where Spring Boot's {@code spring.data.redis.*} settings are read
   * @return the client
   */
  @Bean(destroyMethod = "close")
  @ConditionalOnMissingBean(UnifiedJedis.class)
  public RedisClient sessionHubRedisClient(SessionHubRedisProperties properties, Environment env) {
    int timeout = (int) properties.getTimeout().toMillis();
    DefaultJedisClientConfig.Builder config = DefaultJedisClientConfig.builder().timeoutMillis(timeout);
    String url = properties.getUrl() != null ? properties.getUrl() : env.getProperty("spring.data.redis.url");
    if (url != null) {
      URI uri = URI.create(url);
      if (!JedisURIHelper.isValid(uri)) {
        throw new IllegalArgumentException("sessionhub.redis.url (or spring.data.redis.url) is not a redis:// or "
            + "rediss:// URL with a host and a port: " + url);
      }
      config.user(JedisURIHelper.getUser(uri)).password(JedisURIHelper.getPassword(uri))
          .database(JedisURIHelper.getDBIndex(uri)).ssl(JedisURIHelper.isRedisSSLScheme(uri));
      return RedisClient.builder().hostAndPort(JedisURIHelper.getHostAndPort(uri)).clientConfig(config.build()).build();
    }
    String password = env.getProperty("spring.data.redis.password");
    if (password != null) {
      config.user(env.getProperty("spring.data.redis.username")).password(password);
    }
    config.database(env.getProperty("spring.data.redis.database", Integer.class, 0));
    return RedisClient.builder().hostAndPort(env.getProperty("spring.data.redis.host", "localhost"),
        env.getProperty("spring.data.redis.port", Integer.class, 6379)).clientConfig(config.build()).build();
  }

  /**
   * The two-level session cache; closed with the context, after the hub.
   *
   * @param redis the client
   * @param properties the {@code sessionhub.redis.*} properties
   * @param hub the {@code sessionhub.*} properties (the instance id)
   * @return the cache
   */
  @Bean(destroyMethod = "close")
  @ConditionalOnMissingBean(dev.sessionhub.spi.SessionCache.class)
  public TwoLevelSessionCache sessionHubTwoLevelCache(UnifiedJedis redis, SessionHubRedisProperties properties,
      SessionHubProperties hub) {
    RedisCaches caches = RedisCaches.builder(redis).keyPrefix(properties.getKeyPrefix())
        .localMaximumSize(properties.getLocalSize()).sessionTtl(properties.getTtl()).lease(properties.getLease());
    if (hub.getInstanceId() != null) {
      caches.instanceId(hub.getInstanceId());
    }
    return caches.build();
  }

  /**
   * The event transport over a Redis stream; the hub starts and stops it.
   *
   * @param redis the client
   * @param properties the {@code sessionhub.redis.*} properties
   * @return the transport
   */
  @Bean
  @ConditionalOnMissingBean(dev.sessionhub.spi.EventTransport.class)
  @ConditionalOnProperty(prefix = "sessionhub.redis", name = "events", matchIfMissing = true)
  public RedisEventTransport sessionHubEventTransport(UnifiedJedis redis, SessionHubRedisProperties properties) {
    return RedisEventTransport.builder(redis).keyPrefix(properties.getKeyPrefix()).ttl(properties.getTtl()).build();
  }
}
