package dev.sessionhub.model;

import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One entry of a session's append-only activity log (audit trail): who did what, when, and
 * the change it made.
 *
 * @param seq position in the session's log, assigned by the store when appended (0 before);
 *     increasing within one session (seqs of different sessions need not be comparable)
 * @param sessionId the session
 * @param sessionVersion the session's version after the change (the current one for reads such
 *     as a download)
 * @param actor who did it
 * @param action what was done: {@link dev.sessionhub.Operation#auditAction()} of the operation, e.g. {@code session.update}, {@code goal.set-status},
 *     {@code attachment.download}
 * @param at when
 * @param delta what changed: field names to new values (JSON-compatible values)
 */
public record ActivityEntry(
    long seq,
    String sessionId,
    long sessionVersion,
    String actor,
    String action,
    Instant at,
    Map<String, @Nullable Object> delta) {

  /** Copies the delta and checks that required components are present. */
  public ActivityEntry {
    Objects.requireNonNull(sessionId, "sessionId");
    Objects.requireNonNull(actor, "actor");
    Objects.requireNonNull(action, "action");
    Objects.requireNonNull(at, "at");
    delta = CustomValues.copyOf(delta);
  }

  /** This entry with the sequence number the store assigned. */
  public ActivityEntry withSeq(long newSeq) {
    return new ActivityEntry(newSeq, sessionId, sessionVersion, actor, action, at, delta);
  }
}
