package dev.sessionhub.tck.data;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;

/** A clock tests move by hand. Thread-safe. */
public final class MutableClock extends Clock {

  private final AtomicReference<Instant> now;

  /** Starting at the given instant. */
  public MutableClock(Instant start) {
    this.now = new AtomicReference<>(start);
  }

  /** Starting at 2026-01-01T09:00:00Z. */
  public static MutableClock atNineOnNewYear() {
    return new MutableClock(Instant.parse("2026-01-01T09:00:00Z"));
  }

  /** Moves time forward. */
  public MutableClock advance(Duration d) {
    now.updateAndGet(i -> i.plus(d));
    return this;
  }

  @Override
  public ZoneId getZone() {
    return ZoneOffset.UTC;
  }

  @Override
  public Clock withZone(ZoneId zone) {
    return this;
  }

  @Override
  public Instant instant() {
    return now.get();
  }
}
