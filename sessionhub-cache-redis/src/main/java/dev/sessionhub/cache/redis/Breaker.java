package dev.sessionhub.cache.redis;

import java.time.Duration;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import redis.clients.jedis.exceptions.JedisConnectionException;
import redis.clients.jedis.exceptions.JedisException;

/**
 * A circuit breaker in front of Redis. Closed, every call goes through; a connection failure
 * (refused, reset, timed out) opens it, logs ONE warning for the outage, and then calls are
 * skipped (the caller falls back to the store) until {@code retryAfter} has passed, when calls
 * go through again; the first that succeeds closes it and logs the recovery at info. A failure
 * within 5 s of a recovery reopens it as part of the same outage, without a new warning. Other Redis
 * errors (a reply the server refused) are counted but leave the breaker closed. Thread-safe.
 */
final class Breaker {

  private static final Logger LOG = LoggerFactory.getLogger(Breaker.class);

  /** A failure this soon after a recovery belongs to the same outage. */
  private static final long FLAP_NANOS = Duration.ofSeconds(5).toNanos();

  private final String name;
  private final long retryAfterNanos;
  private final LongAdder errors = new LongAdder();
  private final LongAdder outages = new LongAdder();
  private volatile boolean open;
  private volatile long openedAt;
  private volatile long outageStart;
  private volatile long lastAttempt;
  private volatile long closedAt = Long.MIN_VALUE / 2;
  private volatile Runnable onRecovery = () -> {};

  Breaker(String name, Duration retryAfter) {
    this.name = name;
    this.retryAfterNanos = retryAfter.toNanos();
  }

  /** Runs on the thread whose call found Redis back, before that call returns. */
  void onRecovery(Runnable action) {
    this.onRecovery = action;
  }

  /** Whether a call should be tried now: closed, or open long enough to try again. */
  boolean allows() {
    return !open || System.nanoTime() - lastAttempt >= retryAfterNanos;
  }

  boolean isOpen() {
    return open;
  }

  /**
   * When the breaker last opened, in {@link System#nanoTime()}: the last time a call failed
   * after one had succeeded, so no ping of another instance went through Redis after it (when
   * Redis is down for everyone).
   */
  long openedAt() {
    return openedAt;
  }

  /**
   * Runs {@code call} if the breaker allows it; the fallback when it does not, or when the call
   * fails. Never throws a Jedis exception.
   */
  <T> @Nullable T call(Supplier<T> call, @Nullable T fallback) {
    return allows() ? attempt(call, fallback) : fallback;
  }

  /** Runs {@code call} even if the breaker is open (a probe); the fallback when it fails. Never throws a Jedis exception. */
  <T> @Nullable T attempt(Supplier<T> call, @Nullable T fallback) {
    lastAttempt = System.nanoTime();
    try {
      T result = call.get();
      succeeded();
      return result;
    } catch (JedisConnectionException e) {
      failed(e);
      return fallback;
    } catch (JedisException | ClassCastException e) {
      errors.increment();
      LOG.debug("{}: Redis refused a command", name, e);
      return fallback;
    }
  }

  /** Records a successful round trip: closes the breaker. */
  void succeeded() {
    if (open) {
      synchronized (this) {
        if (open) {
          onRecovery.run();
          closedAt = System.nanoTime();
          open = false;
          LOG.info("{}: Redis is reachable again after {} ms", name, (System.nanoTime() - outageStart) / 1_000_000);
        }
      }
    }
  }

  /** Records a connection failure: opens the breaker, warning once per outage. */
  void failed(RuntimeException e) {
    errors.increment();
    long now = System.nanoTime();
    lastAttempt = now;
    if (!open) {
      synchronized (this) {
        if (!open) {
          openedAt = now;
          open = true;
          if (now - closedAt < FLAP_NANOS) {
            // Redis answered once while going down or coming back: the same outage, no new warning.
            return;
          }
          outageStart = now;
          outages.increment();
          LOG.warn("{}: Redis is unreachable ({}); going straight to the store until it is back", name, e.toString());
          return;
        }
      }
    }
  }

  long errors() {
    return errors.sum();
  }

  long outages() {
    return outages.sum();
  }

  @Override
  public String toString() {
    return name + (open ? " (open since " + openedAt + ")" : " (closed)");
  }
}
