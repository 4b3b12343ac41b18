package dev.sessionhub.internal.id;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

@DisplayName("UuidV7Generator")
class UuidV7GeneratorTest {

  private static final Instant T0 = Instant.parse("2026-01-01T00:00:00.123Z");
  private static final Clock FIXED = Clock.fixed(T0, ZoneOffset.UTC);

  @Nested
  @DisplayName("format")
  class Format {

    private final String id = new UuidV7Generator(FIXED).newId();

    @Test
    @DisplayName("is a lower-case canonical UUID")
    void canonical() {
      assertThat(id).matches("[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}");
      assertThat(UUID.fromString(id).toString()).isEqualTo(id);
    }

    @Test
    @DisplayName("has version 7 and the RFC 9562 variant")
    void versionAndVariant() {
      UUID uuid = UUID.fromString(id);
      assertThat(uuid.version()).isEqualTo(7);
      assertThat(uuid.variant()).isEqualTo(2);
    }

    @Test
    @DisplayName("starts with the clock's Unix time in milliseconds")
    void timestamp() {
      assertThat(UUID.fromString(id).getMostSignificantBits() >>> 16).isEqualTo(T0.toEpochMilli());
    }
  }

  @Nested
  @DisplayName("uniqueness and order")
  class Order {

    @Test
    @DisplayName("100,000 ids from four threads are all distinct")
    void unique() throws Exception {
      UuidV7Generator generator = new UuidV7Generator(Clock.systemUTC());
      Set<String> ids = ConcurrentHashMap.newKeySet();
      ExecutorService pool = Executors.newFixedThreadPool(4);
      try {
        List<Future<?>> tasks = new ArrayList<>();
        for (int t = 0; t < 4; t++) {
          tasks.add(pool.submit(() -> {
            for (int i = 0; i < 25_000; i++) {
              ids.add(generator.newId());
            }
          }));
        }
        for (Future<?> f : tasks) {
          f.get(30, TimeUnit.SECONDS);
        }
      } finally {
        pool.shutdownNow();
      }
      assertThat(ids).hasSize(100_000);
    }

    @Test
    @DisplayName("are strictly increasing while a fixed clock does not advance")
    void monotonicWithFixedClock() {
      UuidV7Generator generator = new UuidV7Generator(FIXED);
      List<String> ids = generate(generator, 10_000);

      assertThat(ids).isSorted().doesNotHaveDuplicates();
      assertThat(ids).allSatisfy(id ->
          assertThat(UUID.fromString(id).getMostSignificantBits() >>> 16).isEqualTo(T0.toEpochMilli()));
    }

    @Test
    @DisplayName("are strictly increasing when the clock goes back")
    void monotonicWhenClockGoesBack() {
      MutableClock clock = new MutableClock(T0);
      UuidV7Generator generator = new UuidV7Generator(clock);
      List<String> ids = new ArrayList<>(generate(generator, 3));
      clock.set(T0.minusSeconds(5));
      ids.addAll(generate(generator, 3));
      clock.set(T0.plusMillis(1));
      ids.addAll(generate(generator, 3));

      assertThat(ids).isSorted().doesNotHaveDuplicates();
    }

    @Test
    @DisplayName("carry from the low random bits into the high ones")
    void carries() {
      UuidV7Generator generator = new UuidV7Generator(FIXED, () -> -1L);
      UUID first = UUID.fromString(generator.newId());
      UUID second = UUID.fromString(generator.newId());

      assertThat(first.getMostSignificantBits() & 0xFFF).isEqualTo(0x7FF);
      assertThat(first.getLeastSignificantBits()).isEqualTo(0xBFFF_FFFF_FFFF_FFFFL);
      assertThat(second.getMostSignificantBits() & 0xFFF).isEqualTo(0x800);
      assertThat(second.getLeastSignificantBits()).isEqualTo(Long.MIN_VALUE);
      assertThat(second.toString()).isGreaterThan(first.toString());
      assertThat(second.variant()).isEqualTo(2);
    }

    private List<String> generate(UuidV7Generator generator, int n) {
      List<String> ids = new ArrayList<>(n);
      for (int i = 0; i < n; i++) {
        ids.add(generator.newId());
      }
      return ids;
    }
  }

  /** A clock tests move by hand. */
  private static final class MutableClock extends Clock {
    private final AtomicReference<Instant> now;

    MutableClock(Instant start) {
      now = new AtomicReference<>(start);
    }

    void set(Instant instant) {
      now.set(instant);
    }

    @Override
    public Instant instant() {
      return now.get();
    }

    @Override
    public ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
      return this;
    }
  }
}
