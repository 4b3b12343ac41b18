package dev.sessionhub.spring.redis;

import java.time.Duration;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The {@code sessionhub.redis.*} properties: the Redis of the two-level cache and the event
 * transport. Without {@code url}, the connection comes from Spring Boot's own
 * {@code spring.data.redis.url}, or {@code spring.data.redis.host} and {@code .port}. Mutable, as
 * Spring binds it; read once at start.
 */
@ConfigurationProperties("sessionhub.redis")
public class SessionHubRedisProperties {

  /** Whether to use Redis when it is configured (default true). */
  private boolean enabled = true;

  /** The server, as {@code redis://[user:password@]host:port[/database]}; unset: Spring Boot's settings. */
  private @Nullable String url;

  /** The prefix of every key and channel; the same on every instance of the application. */
  private String keyPrefix = "sessionhub:";

  /** The client's connect and socket timeout: a call slower than this counts as Redis being down. */
  private Duration timeout = Duration.ofMillis(250);

  /** How many sessions the local level keeps. */
  private long localSize = 10_000;

  /** How long a session stays cached, in both levels. */
  private Duration ttl = Duration.ofHours(1);

  /** The local level's lease (see RedisCaches.lease). */
  private Duration lease = Duration.ofMillis(200);

  /** Whether events travel between instances over a Redis stream (default true). */
  private boolean events = true;

  /** Creates the properties with their defaults; Spring binds the rest. */
  public SessionHubRedisProperties() {}

  /** Whether to use Redis. */
  public boolean isEnabled() {
    return enabled;
  }

  /** Sets whether to use Redis. */
  public void setEnabled(boolean enabled) {
    this.enabled = enabled;
  }

  /** The server URL, or {@code null} for Spring Boot's settings. */
  public @Nullable String getUrl() {
    return url;
  }

  /** Sets the server URL. */
  public void setUrl(@Nullable String url) {
    this.url = url;
  }

  /** The key prefix. */
  public String getKeyPrefix() {
    return keyPrefix;
  }

  /** Sets the key prefix. */
  public void setKeyPrefix(String keyPrefix) {
    this.keyPrefix = keyPrefix;
  }

  /** The client's timeout. */
  public Duration getTimeout() {
    return timeout;
  }

  /** Sets the client's timeout. */
  public void setTimeout(Duration timeout) {
    this.timeout = timeout;
  }

  /** The local level's size. */
  public long getLocalSize() {
    return localSize;
  }

  /** Sets the local level's size. */
  public void setLocalSize(long localSize) {
    this.localSize = localSize;
  }

  /** The sessions' time to live. */
  public Duration getTtl() {
    return ttl;
  }

  /** Sets the sessions' time to live. */
  public void setTtl(Duration ttl) {
    this.ttl = ttl;
  }

  /** The local level's lease. */
  public Duration getLease() {
    return lease;
  }

  /** Sets the local level's lease. */
  public void setLease(Duration lease) {
    this.lease = lease;
  }

  /** Whether events travel over Redis. */
  public boolean isEvents() {
    return events;
  }

  /** Sets whether events travel over Redis. */
  public void setEvents(boolean events) {
    this.events = events;
  }
}
