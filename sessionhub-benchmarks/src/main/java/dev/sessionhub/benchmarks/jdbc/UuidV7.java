package dev.sessionhub.benchmarks.jdbc;

import java.util.SplittableRandom;
import java.util.UUID;

/**
 * Version-7 UUIDs (48-bit millisecond timestamp, then random bits) for a given time, in the text
 * form core's default id generator produces. The seeder needs ids for times in the past, and the
 * hand-written JDBC benchmark needs ids without core's generator (an internal class).
 */
final class UuidV7 {

  private UuidV7() {}

  /** A UUIDv7 at {@code epochMillis} with random bits from {@code random}. */
  static String at(long epochMillis, SplittableRandom random) {
    long high = epochMillis << 16 | 0x7000L | (random.nextLong() & 0xFFFL);
    long low = Long.MIN_VALUE | (random.nextLong() & ((1L << 62) - 1));
    return new UUID(high, low).toString();
  }
}
