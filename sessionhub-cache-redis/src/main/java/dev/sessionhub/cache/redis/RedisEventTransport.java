package dev.sessionhub.cache.redis;

import dev.sessionhub.model.event.SessionEvent;
import dev.sessionhub.spi.EventTransport;
import java.time.Duration;
import java.util.Objects;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import redis.clients.jedis.UnifiedJedis;

/**
 * An {@link EventTransport} over one Redis stream, {@code <prefix>events}. Each published event
 * is queued and appended by a sender thread (XADD, trimmed to about {@code maxLength} entries,
 * the key's ttl renewed), as core's JSON form ({@code SessionJson.writeEvent}) tagged with the
 * instance id; a reader thread reads the stream from where it last was (XREAD BLOCK), skips this
 * instance's own entries and hands the others to the hub. The hub puts each session's events in
 * version order and drops duplicates.
 *
 * <p><b>Disconnections.</b> Events this instance publishes while Redis is unreachable wait in a
 * bounded in-memory outbox ({@code outboxCapacity}, oldest dropped beyond it, counted and logged)
 * and are appended, in order, when Redis is back. Events other instances published while this
 * one could not read are read when it reconnects, from the entry after the last one it read, as
 * long as they are still in the stream: within the last {@code maxLength} entries and the ttl.
 * What is lost: the outbox of an instance that stops before Redis is back (or overflows); a
 * stream that Redis loses (a restart without persistence) together with entries this instance had
 * not read yet; entries trimmed before a long-disconnected instance read them. Delivery is
 * therefore at least once for a connected instance, and best effort across outages; it never
 * throws at the hub. Start and stop as {@link EventTransport} says.
 */
public final class RedisEventTransport implements EventTransport {

  private final UnifiedJedis jedis;
  private final String key;
  private final long maxLength;
  private final Duration ttl;
  private final int outboxCapacity;
  private final Duration retryAfter;
  private volatile @Nullable StreamLink link;

  private RedisEventTransport(Builder b) {
    this.jedis = b.jedis;
    this.key = b.keyPrefix + "events";
    this.maxLength = b.maxLength;
    this.ttl = b.ttl;
    this.outboxCapacity = b.outboxCapacity;
    this.retryAfter = b.retryAfter;
  }

  /** A builder over the host's client (a pooled standalone or a cluster client); the defaults are on each setter. */
  public static Builder builder(UnifiedJedis jedis) {
    return new Builder(Objects.requireNonNull(jedis, "jedis"));
  }

  /**
   * Reads the stream's last entry id (events appended from now on are delivered) and starts the
   * reader and sender threads. If Redis is unreachable it starts anyway, from this machine's
   * current time, and logs a warning.
   *
   * @throws IllegalStateException if started twice
   */
  @Override
  public synchronized void start(String instanceId, Consumer<SessionEvent> deliver) {
    Objects.requireNonNull(instanceId, "instanceId");
    Objects.requireNonNull(deliver, "deliver");
    if (link != null) {
      throw new IllegalStateException("the transport was started already");
    }
    StreamLink l = new StreamLink(jedis, key, maxLength, ttl, outboxCapacity, new Breaker("Redis events " + key, retryAfter),
        instanceId, deliver);
    l.start();
    link = l;
  }

  /** Queues the event for the sender thread; drops it before {@link #start} or after {@link #stop}. Never blocks long or throws. */
  @Override
  public void publish(SessionEvent event) {
    Objects.requireNonNull(event, "event");
    StreamLink l = link;
    if (l != null) {
      l.publish(event);
    }
  }

  /** Stops both threads, trying for up to a second to append what is still queued. Never throws. */
  @Override
  public void stop() {
    StreamLink l = link;
    if (l != null) {
      l.stop();
    }
  }

  /** Statistics of the transport, for metrics; all zero before {@link #start}. */
  public EventTransportStats stats() {
    StreamLink l = link;
    return l == null ? new EventTransportStats(0, 0, 0, 0, 0) : l.stats();
  }

  /** Builds a {@link RedisEventTransport}. Not thread-safe. */
  public static final class Builder {

    private final UnifiedJedis jedis;
    private String keyPrefix = "sessionhub:";
    private long maxLength = 100_000;
    private Duration ttl = Duration.ofHours(1);
    private int outboxCapacity = 10_000;
    private Duration retryAfter = Duration.ofMillis(500);

    private Builder(UnifiedJedis jedis) {
      this.jedis = jedis;
    }

    /**
     * The prefix of the stream's key (default {@code "sessionhub:"}): up to 64 letters, digits
     * and {@code . _ : -}; the same as the cache's if you use both.
     *
     * @throws IllegalArgumentException if the prefix is too long or has other characters
     */
    public Builder keyPrefix(String prefix) {
      this.keyPrefix = Checks.keyPrefix(prefix);
      return this;
    }

    /**
     * About how many events the stream keeps for instances that reconnect (default 100,000;
     * trimmed approximately, as {@code XADD MAXLEN ~}).
     *
     * @throws IllegalArgumentException if below 100
     */
    public Builder maxLength(long maxLength) {
      if (maxLength < 100) {
        throw new IllegalArgumentException("maxLength must be at least 100, was " + maxLength);
      }
      this.maxLength = maxLength;
      return this;
    }

    /**
     * How long the stream lives after its last event (default 1 hour): the key's ttl, renewed
     * by every append.
     *
     * @throws IllegalArgumentException if not positive
     */
    public Builder ttl(Duration ttl) {
      this.ttl = Checks.ttl(ttl, "ttl");
      return this;
    }

    /**
     * How many events wait in memory while Redis is unreachable (default 10,000); beyond it the
     * oldest are dropped.
     *
     * @throws IllegalArgumentException if below 1
     */
    public Builder outboxCapacity(int capacity) {
      if (capacity < 1) {
        throw new IllegalArgumentException("outboxCapacity must be at least 1, was " + capacity);
      }
      this.outboxCapacity = capacity;
      return this;
    }

    /**
     * How long to wait before trying Redis again after it failed (default 500 ms).
     *
     * @throws IllegalArgumentException if negative or over a minute
     */
    public Builder retryAfter(Duration retryAfter) {
      this.retryAfter = Checks.retryAfter(retryAfter);
      return this;
    }

    /** A new transport, not started: the hub starts it. */
    public RedisEventTransport build() {
      return new RedisEventTransport(this);
    }
  }
}
