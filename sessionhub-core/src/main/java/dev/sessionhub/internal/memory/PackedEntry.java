package dev.sessionhub.internal.memory;

import dev.sessionhub.internal.json.CompactValues;
import dev.sessionhub.model.ActivityEntry;
import java.time.Instant;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * An activity entry as the in-memory store keeps it: without its seq and session id (the log
 * holds those) and with its delta packed as compact JSON ({@link CompactValues}), which takes a
 * fraction of the memory of the live maps. Every delta the model holds packs (it is nested at
 * most {@code CustomValues.MAX_DEPTH} levels, the depth compact JSON is written to), so
 * {@link #unpack} always gives back an equal entry. Not a value: compare entries unpacked.
 */
final class PackedEntry {

  private final long sessionVersion;
  private final String actor;
  private final String action;
  private final Instant at;
  /** {@code null} for an empty delta, else the JSON bytes. */
  private final byte @Nullable [] delta;

  private PackedEntry(long sessionVersion, String actor, String action, Instant at, byte @Nullable [] delta) {
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

  private static byte @Nullable [] pack(Map<String, @Nullable Object> delta) {
    return delta.isEmpty() ? null : CompactValues.write(delta);
  }

  private static Map<String, @Nullable Object> unpack(byte @Nullable [] delta) {
    return delta == null ? Map.of() : CompactValues.read(delta);
  }
}
