package dev.sessionhub.store.jdbc.internal;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * Instants as the sort and filter columns hold them: epoch nanoseconds in a DECIMAL(30,0), exact
 * for every {@link Instant} and ordered the same way, identically on every engine (TIMESTAMP
 * precision differs between engines; BIGINT nanoseconds end in 2262).
 */
final class Nanos {

  private static final BigInteger BILLION = BigInteger.valueOf(1_000_000_000L);

  private Nanos() {}

  static BigDecimal of(Instant t) {
    return new BigDecimal(BigInteger.valueOf(t.getEpochSecond()).multiply(BILLION)
        .add(BigInteger.valueOf(t.getNano())));
  }

  static @Nullable BigDecimal ofNullable(@Nullable Instant t) {
    return t == null ? null : of(t);
  }
}
