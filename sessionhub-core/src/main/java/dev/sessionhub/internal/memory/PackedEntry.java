package dev.sessionhub.internal.memory;

import dev.sessionhub.internal.json.CompactValues;
import dev.sessionhub.model.ActivityEntry;
import java.time.Instant;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * An activity entry as the in-memory store keeps it: without its seq and session id (the log
 * holds those) and with its delta packed as compact JSON ({@link CompactValues}), which takes a
 * fraction of the memory of the live maps. A delta JSON cannot hold (nested too deep) is kept as
 * it is, so {@link #unpack} always gives back an equal entry. Not a value: compare entries
 * unpacked.
 */
final class PackedEntry {

  private final long sessionVersion;
  private final String actor;
  private final String action;
  private final Instant at;
  /** {@code null} for an empty delta, the JSON bytes, or the delta map itself. */
  private final @Nullable Object delta;

  private PackedEntry(long sessionVersion, String actor, String action, Instant at, @Nullable Object delta) {
    this.sessionVersion = sessionVersion;
    this.actor = actor;
    this.action = action;
    this.at = at;
    this.delta = delta;
  }

  static PackedEntry of(ActivityEntry e) {
    return new PackedEntry(e.sessionVersion(), e.actor(), e.action(), e.at(), pack(e.delta()));
  }

  /** The entry this was packed from, with the seq the store gave it. */
  ActivityEntry unpack(long seq, String sessionId) {
    return new ActivityEntry(seq, sessionId, sessionVersion, actor, action, at, unpack(delta));
  }

  private static @Nullable Object pack(Map<String, @Nullable Object> delta) {
    if (delta.isEmpty()) {
      return null;
    }
    try {
      return CompactValues.write(delta);
    } catch (IllegalArgumentException unwritable) {
      // Only nesting beyond CompactValues.MAX_DEPTH: ActivityEntry's constructor already made the
      // delta JSON-compatible.
      return delta;
    }
  }

  @SuppressWarnings("unchecked")
  private static Map<String, @Nullable Object> unpack(@Nullable Object delta) {
    if (delta == null) {
      return Map.of();
    }
    if (delta instanceof byte[] json) {
      return CompactValues.read(json);
    }
    return (Map<String, @Nullable Object>) delta;
  }
}
