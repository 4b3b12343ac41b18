package dev.sessionhub.spi;

import dev.sessionhub.model.Session;
import java.util.Optional;

/**
 * Port: a cache of session snapshots in front of the {@link SessionStore}. A cache may forget
 * anything at any time; it must never return a snapshot older than one it was given later for
 * the same id. Implementations must be thread-safe and must not throw on backend failure: a
 * cache that cannot answer reports a miss.
 */
public interface SessionCache {

  /** The cached snapshot, if present. */
  Optional<Session> get(String sessionId);

  /**
   * Caches a snapshot unless a higher version of the same session is already cached. A snapshot
   * of the same version as the cached one replaces it: the later put wins. The comparison and
   * the write are one atomic step (a compare-and-set, a script run by the server): reading the
   * cached version and then writing lets a put of version n, racing one of n + 1, leave n cached.
   */
  void put(Session session);

  /** Forgets a session. */
  void invalidate(String sessionId);

  /**
   * Another instance stored version {@code version} of the session: forgets a cached snapshot
   * older than that, and keeps a newer or equal one. The hub calls it for every event that
   * arrives from another instance (see {@link EventTransport}), so that this instance stops
   * serving the superseded snapshot.
   *
   * <p>A cache with levels of its own forgets only what this instance holds (a two-level cache:
   * its local level), since a shared level already got the new version from the writer. A cache
   * may also refuse later puts below {@code version} (core's local cache does), which closes the
   * race with a reader that loaded the old snapshot just before the change. The default forgets
   * the session when {@link #get} shows an older snapshot; a racing put can make it forget a
   * newer one too, which costs a store read and nothing else.
   */
  default void invalidateOlderThan(String sessionId, long version) {
    get(sessionId).filter(s -> s.version() < version).ifPresent(s -> invalidate(sessionId));
  }
}
