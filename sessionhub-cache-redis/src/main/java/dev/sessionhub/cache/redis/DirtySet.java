package dev.sessionhub.cache.redis;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Sessions this instance changed while it could not tell Redis (the compare-and-set or the
 * invalidation failed), with the highest version seen: Redis and the other instances may hold an
 * older snapshot of each, so they are forgotten in Redis (a version floor kept) and invalidated everywhere once Redis is
 * back. Bounded: past {@code capacity} sessions it only remembers that it overflowed, and the
 * repair then drops every entry. Thread-safe.
 */
final class DirtySet {

  /** The version of an entry dropped without a known version (an invalidate). */
  static final long ANY = -1;

  private final Map<String, Long> versions = new ConcurrentHashMap<>();
  private final int capacity;
  private volatile boolean overflowed;

  DirtySet(int capacity) {
    this.capacity = capacity;
  }

  void add(String sessionId, long version) {
    if (versions.size() >= capacity) {
      overflowed = true;
      return;
    }
    versions.merge(sessionId, version, (a, b) -> a == ANY || b == ANY ? ANY : Math.max(a, b));
  }

  boolean isEmpty() {
    return !overflowed && versions.isEmpty();
  }

  boolean overflowed() {
    return overflowed;
  }

  /** The sessions to repair now; each is removed by {@link #repaired}. */
  Map<String, Long> snapshot() {
    return Map.copyOf(versions);
  }

  /** Forgets a repaired session, unless a higher version was added meanwhile. */
  void repaired(String sessionId, long version) {
    versions.remove(sessionId, version);
  }

  /** Forgets everything, after every entry was dropped. */
  void clearedAll() {
    overflowed = false;
    versions.clear();
  }
}
