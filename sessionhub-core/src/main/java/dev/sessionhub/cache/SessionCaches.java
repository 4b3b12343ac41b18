package dev.sessionhub.cache;

import dev.sessionhub.internal.cache.CaffeineSessionCache;
import dev.sessionhub.internal.cache.NoCache;
import dev.sessionhub.spi.SessionCache;
import java.time.Duration;
import java.util.Objects;

/**
 * The session caches core ships: a {@linkplain #local(long, Duration) local cache} and
 * {@linkplain #none() no cache}. Adapters and hosts take them from here rather than writing
 * their own.
 */
public final class SessionCaches {

  private SessionCaches() {}

  /**
   * A new local cache (on Caffeine) of at most {@code maximumSize} sessions, each kept at most
   * {@code ttl} after it was written. {@code SessionHub.builder()} uses
   * {@code local(10_000, Duration.ofHours(1))} unless told otherwise.
   *
   * @throws IllegalArgumentException if {@code maximumSize} is negative or {@code ttl} is negative
   * @throws NullPointerException if {@code ttl} is null
   */
  public static LocalSessionCache local(long maximumSize, Duration ttl) {
    Objects.requireNonNull(ttl, "ttl");
    if (maximumSize < 0) {
      throw new IllegalArgumentException("maximumSize must not be negative, was " + maximumSize);
    }
    if (ttl.isNegative()) {
      throw new IllegalArgumentException("ttl must not be negative, was " + ttl);
    }
    return new CaffeineSessionCache(maximumSize, ttl);
  }

  /**
   * The cache that keeps nothing: every get is a miss, so every read goes to the store. Shared
   * and stateless.
   */
  public static SessionCache none() {
    return NoCache.none();
  }
}
