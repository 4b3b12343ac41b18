package dev.sessionhub.internal.id;

import dev.sessionhub.spi.IdGenerator;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Objects;
import java.util.UUID;
import java.util.random.RandomGenerator;

/**
 * Makes RFC 9562 version 7 UUIDs as lower-case canonical strings: a 48-bit Unix timestamp in
 * milliseconds from the injected {@link Clock}, then 74 random bits (around the version and
 * variant bits).
 *
 * <p>Ids from one generator are strictly increasing, in string and in UUID order (RFC 9562
 * section 6.2, method 2): in a new millisecond the 74 bits are drawn afresh, with their top bit
 * cleared so that counting up from them cannot overflow in practice; while the clock does not
 * advance (or goes back) the last timestamp is kept and the 74 bits are incremented by one.
 * Should they ever overflow, the timestamp moves on one millisecond.
 *
 * <p>Thread-safe: {@link #newId()} is synchronized; it does no I/O and draws random bits at
 * most once per millisecond, so the lock is held very briefly.
 */
public final class UuidV7Generator implements IdGenerator {

  private static final long COUNTER_LOW_BITS = 62;
  private static final long LOW_MASK = (1L << COUNTER_LOW_BITS) - 1;
  private static final long HIGH_MASK = (1L << 12) - 1;
  private static final long MAX_MILLIS = (1L << 48) - 1;

  private final Clock clock;
  private final RandomGenerator random;
  private long lastMillis = -1;
  private long high;
  private long low;

  /** A generator reading time from {@code clock} and random bits from a new {@link SecureRandom}. */
  public UuidV7Generator(Clock clock) {
    this(clock, new SecureRandom());
  }

  /** A generator reading time from {@code clock} and random bits from {@code random}. */
  public UuidV7Generator(Clock clock, RandomGenerator random) {
    this.clock = Objects.requireNonNull(clock, "clock");
    this.random = Objects.requireNonNull(random, "random");
  }

  @Override
  public String newId() {
    return next().toString();
  }

  private synchronized UUID next() {
    long now = clock.millis();
    if (now > lastMillis) {
      reseed(now);
    } else {
      increment();
    }
    return new UUID(lastMillis << 16 | 0x7000L | high, Long.MIN_VALUE | low);
  }

  /** A new millisecond: fresh random bits, top bit cleared as a rollover guard. */
  private void reseed(long millis) {
    if (millis > MAX_MILLIS) {
      throw new IllegalStateException("time " + millis + " ms is beyond the 48-bit UUIDv7 timestamp");
    }
    lastMillis = millis;
    high = random.nextLong() & (HIGH_MASK >>> 1);
    low = random.nextLong() & LOW_MASK;
  }

  /** The same millisecond: the 74 bits plus one, carrying into the timestamp on overflow. */
  private void increment() {
    low = (low + 1) & LOW_MASK;
    if (low == 0) {
      high = (high + 1) & HIGH_MASK;
      if (high == 0) {
        reseed(lastMillis + 1);
      }
    }
  }
}
