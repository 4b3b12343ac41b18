package dev.sessionhub.benchmarks;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import dev.sessionhub.SessionHub;
import dev.sessionhub.model.Session;
import dev.sessionhub.spi.SessionCache;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Hubs that differ from the default only in their cache, for experiments that locate where
 * read latency goes. Not for production: neither cache follows the port's "never an older
 * version" rule under racing puts as carefully as the default does; the benchmarks only read.
 *
 * <ul>
 *   <li>{@code default}: {@link SessionHub#inMemory()}, whose Caffeine cache does its maintenance
 *       on {@code ForkJoinPool.commonPool()};
 *   <li>{@code caller-runs}: the same Caffeine settings (10,000 entries, one hour) with
 *       maintenance run on the calling thread ({@code executor(Runnable::run)});
 *   <li>{@code map}: an unbounded {@link ConcurrentHashMap}, the floor for any cache.
 * </ul>
 */
final class DiagnosticCaches {

  private DiagnosticCaches() {}

  /** A default hub except for the named cache. */
  static SessionHub hub(String cache) {
    return switch (cache) {
      case "default" -> SessionHub.inMemory();
      case "caller-runs" -> SessionHub.builder().cache(new CallerRuns()).build();
      case "map" -> SessionHub.builder().cache(new MapCache()).build();
      default -> throw new IllegalArgumentException("unknown cache " + cache + "; use default, caller-runs or map");
    };
  }

  /** Caffeine as the default configures it, but maintenance runs on the caller. */
  private static final class CallerRuns implements SessionCache {
    private final Cache<String, Session> cache = Caffeine.newBuilder().maximumSize(10_000)
        .expireAfterWrite(Duration.ofHours(1)).executor(Runnable::run).build();

    @Override
    public Optional<Session> get(String sessionId) {
      return Optional.ofNullable(cache.getIfPresent(sessionId));
    }

    @Override
    public void put(Session session) {
      cache.asMap().merge(session.id(), session, DiagnosticCaches::newer);
    }

    @Override
    public void invalidate(String sessionId) {
      cache.invalidate(sessionId);
    }
  }

  /** No bound, no expiry, no bookkeeping. */
  private static final class MapCache implements SessionCache {
    private final Map<String, Session> map = new ConcurrentHashMap<>();

    @Override
    public Optional<Session> get(String sessionId) {
      return Optional.ofNullable(map.get(sessionId));
    }

    @Override
    public void put(Session session) {
      map.merge(session.id(), session, DiagnosticCaches::newer);
    }

    @Override
    public void invalidate(String sessionId) {
      map.remove(sessionId);
    }
  }

  private static Session newer(Session a, Session b) {
    return a.version() >= b.version() ? a : b;
  }
}
