package dev.sessionhub.internal.hub;

import dev.sessionhub.Operation;
import dev.sessionhub.error.DuplicateIdException;
import dev.sessionhub.error.NotFoundException;
import dev.sessionhub.error.StoreUnavailableException;
import dev.sessionhub.internal.domain.Lifecycle;
import dev.sessionhub.internal.domain.Versions;
import dev.sessionhub.model.ActivityEntry;
import dev.sessionhub.model.Comment;
import dev.sessionhub.model.Session;
import dev.sessionhub.model.event.SessionEvent;
import dev.sessionhub.spi.SessionWrite;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The one write path, for every change: creating, importing, editing and appending. Each write
 * is checked for access by {@link Operation} and against the lifecycle, validated as a whole
 * snapshot, stored with its activity entry in one unit of work, then cached and published.
 *
 * <p>Changes to an existing session are made inside {@link dev.sessionhub.spi.SessionStore#modify}:
 * the store hands over the current snapshot while it holds the session, so concurrent changes
 * queue rather than fail, and access, the lifecycle and the version rule are decided on the
 * stored truth, never on a cached copy. An append (comment, learning, upload) names no version;
 * an edit names the version it read and is refused only when another edit was stored since
 * ({@link Versions}).
 *
 * <p>After a {@link StoreUnavailableException} the write may or may not have been stored (the
 * commit can succeed and its answer be lost), so the session is dropped from the cache: the
 * next read goes to the store. A create retried with the same create key finds what the first
 * attempt stored.
 */
final class SessionWriter {

  private final HubContext ctx;

  SessionWriter(HubContext ctx) {
    this.ctx = ctx;
  }

  /** A pure change of a snapshot, given the time of the write. It may run more than once. */
  @FunctionalInterface
  interface Change {
    Outcome apply(Session current, Instant now);
  }

  /**
   * What a change produced.
   *
   * @param session the changed snapshot (version and update time are set by the writer)
   * @param comments comments written in the same unit of work
   * @param events events beyond those derived from the snapshots (comments, mentions)
   * @param delta activity-log details beyond the snapshot difference
   */
  record Outcome(Session session, List<Comment> comments, List<SessionEvent> events, Map<String, @Nullable Object> delta) {
    static Outcome of(Session s) {
      return new Outcome(s, List.of(), List.of(), Map.of());
    }
  }

  /** Loads the current snapshot, through the cache. */
  Session load(String sessionId) {
    Inputs.id("sessionId", sessionId);
    return ctx.cache().get(sessionId).or(() -> {
      var stored = ctx.store().find(sessionId);
      stored.ifPresent(ctx.cache()::put);
      return stored;
    }).orElseThrow(() -> new NotFoundException("session", sessionId));
  }

  /**
   * For reads: the snapshot, if the user's role on it allows the operation. A cached snapshot
   * that denies it is checked again against the store first, so a stale local cache (another
   * instance added the user) never refuses a member.
   */
  Session loadAuthorized(String actor, String sessionId, Operation op) {
    Session cached = load(sessionId);
    if (cached.roleOf(actor).filter(op::allows).isPresent()) {
      return cached;
    }
    Session fresh = ctx.store().find(sessionId).orElseThrow(() -> new NotFoundException("session", sessionId));
    ctx.cache().put(fresh);
    Access.require(actor, fresh, op);
    return fresh;
  }

  /** An edit: refused with a conflict when another edit was stored since {@code expectedVersion}. */
  Session edit(String actor, String sessionId, long expectedVersion, Operation op, Change change) {
    return write(actor, sessionId, expectedVersion, op, change).session();
  }

  /** An append: commutes with every other change, so it names no version and always lands. */
  Outcome append(String actor, String sessionId, Operation op, Change change) {
    return write(actor, sessionId, null, op, change);
  }

  /**
   * Stores a new session (a create or an import), with its comments and its first activity
   * entry. When {@code s} carries a create key and a session with its id is stored already, the
   * stored one is returned if it was made with that key and the actor may read it: a retry of a
   * create whose first attempt was stored (its answer lost) makes no second session.
   */
  Session insert(String actor, Operation op, Session s, List<Comment> comments) {
    ctx.validator().check(s);
    Map<String, @Nullable Object> delta = new LinkedHashMap<>();
    delta.put("name", s.name());
    delta.put("template", s.template().map(r -> r.templateId() + "@" + r.version()).orElse(null));
    ActivityEntry entry = new ActivityEntry(0, s.id(), s.version(), actor, auditAction(op), ctx.clock().instant(), delta);
    try {
      ctx.store().insert(new SessionWrite(s, 0, comments, List.of(entry)));
    } catch (DuplicateIdException e) {
      return earlierAttempt(actor, s, e);
    } catch (StoreUnavailableException e) {
      ctx.cache().invalidate(s.id());
      throw e;
    }
    ctx.cache().put(s);
    ctx.events().dispatch(List.of(new SessionEvent.Created(s.id(), s.version(), actor, s.updatedAt(), s.name(),
        s.template().orElse(null))));
    return s;
  }

  private Session earlierAttempt(String actor, Session attempted, DuplicateIdException duplicate) {
    String key = attempted.createKey().orElse(null);
    if (key == null) {
      throw duplicate;
    }
    Session stored = ctx.store().find(attempted.id()).orElseThrow(() -> duplicate);
    if (!key.equals(stored.createKey().orElse(null)) || stored.roleOf(actor).isEmpty()) {
      throw duplicate;
    }
    ctx.cache().put(stored);
    return stored;
  }

  private Outcome write(String actor, String sessionId, @Nullable Long expected, Operation op, Change change) {
    Inputs.id("sessionId", sessionId);
    List<Applied> made = new ArrayList<>(1);
    try {
      ctx.store().modify(sessionId, current -> {
        Applied applied = apply(actor, current, expected, op, change);
        made.clear();
        made.add(applied);
        return applied.write();
      });
    } catch (StoreUnavailableException e) {
      ctx.cache().invalidate(sessionId);
      throw e;
    }
    Outcome outcome = made.get(0).outcome();
    ctx.cache().put(outcome.session());
    ctx.events().dispatch(outcome.events());
    return outcome;
  }

  /** Decides and applies one change to the stored snapshot; pure, so the store may repeat it. */
  private Applied apply(String actor, Session current, @Nullable Long expected, Operation op, Change change) {
    Access.require(actor, current, op);
    Lifecycle.requireChangeable(current, op);
    if (expected != null) {
      Versions.requireNoEditSince(current, expected);
    }
    Instant now = ctx.clock().instant();
    Outcome outcome = change.apply(current, now);
    Session next = Versions.next(current, outcome.session(), expected != null).updatedAt(now).build();
    ctx.validator().check(next);
    ChangeDiff diff = ChangeDiff.between(current, next, actor, now);
    Map<String, @Nullable Object> delta = new LinkedHashMap<>(diff.delta());
    delta.putAll(outcome.delta());
    ActivityEntry entry = new ActivityEntry(0, current.id(), next.version(), actor, auditAction(op), now, delta);
    List<SessionEvent> events = new ArrayList<>(diff.events());
    events.addAll(outcome.events());
    return new Applied(new Outcome(next, outcome.comments(), events, delta),
        new SessionWrite(next, current.version(), outcome.comments(), List.of(entry)));
  }

  /** A change's outcome with the write that stores it. */
  private record Applied(Outcome outcome, SessionWrite write) {}

  /** The activity-log name of an operation that writes. */
  static String auditAction(Operation op) {
    return op.auditAction().orElseThrow(() -> new IllegalArgumentException(op + " writes no activity entry"));
  }
}
