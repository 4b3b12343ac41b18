package dev.sessionhub.internal.hub;

import dev.sessionhub.Operation;
import dev.sessionhub.error.ConflictException;
import dev.sessionhub.error.NotFoundException;
import dev.sessionhub.error.ValidationException;
import dev.sessionhub.model.ActivityEntry;
import dev.sessionhub.model.Comment;
import dev.sessionhub.model.Session;
import dev.sessionhub.model.SessionStatus;
import dev.sessionhub.model.event.SessionEvent;
import dev.sessionhub.spi.SessionWrite;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The one write path for existing sessions: load, check access and version, apply a pure
 * change, validate the whole snapshot, store it with its activity entry in one unit of work,
 * refresh the cache, publish events. Appends that commute (no expected version) are retried on
 * conflict a bounded number of times.
 */
final class SessionWriter {

  private final HubContext ctx;

  SessionWriter(HubContext ctx) {
    this.ctx = ctx;
  }

  /** A pure change of a snapshot, given the time of the write. */
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
   * The snapshot, if the user's role on it allows the operation. A cached snapshot that denies
   * it is checked again against the store first, so a stale local cache (another instance added
   * the user) never refuses a member.
   */
  Session loadAuthorized(String actor, String sessionId, Operation op) {
    Session cached = load(sessionId);
    if (cached.roleOf(actor).filter(op::allows).isPresent()) {
      return cached;
    }
    Session fresh = loadFresh(sessionId);
    Access.require(actor, fresh, op);
    return fresh;
  }

  private Session loadFresh(String sessionId) {
    Session s = ctx.store().find(sessionId).orElseThrow(() -> new NotFoundException("session", sessionId));
    ctx.cache().put(s);
    return s;
  }

  /**
   * After a conflict, caches what the store holds now. (Invalidating instead would let a slow
   * reader put back an older snapshot, since "keep the higher version" needs an entry to compare.)
   */
  private void refresh(String sessionId) {
    try {
      ctx.store().find(sessionId).ifPresentOrElse(ctx.cache()::put, () -> ctx.cache().invalidate(sessionId));
    } catch (RuntimeException e) {
      ctx.cache().invalidate(sessionId);
    }
  }

  /** Runs a versioned edit: a stale {@code expectedVersion} throws a conflict and writes nothing. */
  Session edit(String actor, String sessionId, long expectedVersion, Operation op, Change change) {
    return write(actor, sessionId, expectedVersion, op, change);
  }

  /** Runs a commuting append, retried on conflict. */
  Outcome append(String actor, String sessionId, Operation op, Change change) {
    ConflictException last = null;
    for (int attempt = 0; attempt < ctx.maxAttempts(); attempt++) {
      try {
        return writeOutcome(actor, sessionId, null, op, change, attempt > 0);
      } catch (ConflictException e) {
        last = e;
        backOff(attempt);
      }
    }
    throw last;
  }

  /** Sleeps a random 0 to 2^attempt milliseconds (at most 64), so racing appenders spread out. */
  private static void backOff(int attempt) {
    long bound = 1L << Math.min(attempt, 6);
    try {
      Thread.sleep(java.util.concurrent.ThreadLocalRandom.current().nextLong(bound + 1));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new dev.sessionhub.error.SessionHubException("interrupted while retrying a conflicting append", e);
    }
  }

  private Session write(String actor, String sessionId, long expected, Operation op, Change change) {
    return writeOutcome(actor, sessionId, expected, op, change, false).session();
  }

  private Outcome writeOutcome(String actor, String sessionId, @Nullable Long expected, Operation op, Change change, boolean fresh) {
    Session current = fresh ? loadFresh(sessionId) : loadAuthorized(actor, sessionId, op);
    Access.require(actor, current, op);
    if (expected != null && expected != current.version()) {
      current = loadFresh(sessionId);
      Access.require(actor, current, op);
      if (expected != current.version()) {
        throw new ConflictException(sessionId, expected, current.version());
      }
    }
    if (current.status() == SessionStatus.ARCHIVED && op != Operation.ARCHIVE) {
      throw ValidationException.of("sessionId", "session " + sessionId + " is archived and cannot be changed");
    }
    Instant now = ctx.clock().instant();
    Outcome outcome = change.apply(current, now);
    Session next = outcome.session().toBuilder().version(current.version() + 1).updatedAt(now).build();
    ctx.validator().check(next);
    ChangeDiff diff = ChangeDiff.between(current, next, actor, now);
    Map<String, @Nullable Object> delta = new LinkedHashMap<>(diff.delta());
    delta.putAll(outcome.delta());
    ActivityEntry entry = new ActivityEntry(0, sessionId, next.version(), actor, activityName(op), now, delta);
    try {
      ctx.store().update(new SessionWrite(next, current.version(), outcome.comments(), List.of(entry)));
    } catch (ConflictException e) {
      refresh(sessionId);
      throw e;
    }
    ctx.cache().put(next);
    List<SessionEvent> events = new ArrayList<>(diff.events());
    events.addAll(outcome.events());
    ctx.events().dispatch(events);
    return new Outcome(next, outcome.comments(), events, delta);
  }

  private static final java.util.Map<Operation, String> ACTIVITY_NAMES = activityNames();

  private static java.util.Map<Operation, String> activityNames() {
    java.util.Map<Operation, String> names = new java.util.EnumMap<>(Operation.class);
    for (Operation op : Operation.values()) {
      names.put(op, op.name().toLowerCase(java.util.Locale.ROOT).replace('_', '.'));
    }
    return names;
  }

  /** The activity log's name for an operation ({@code add.goal}): lower-case with dots, one shared string each. */
  static String activityName(Operation op) {
    return ACTIVITY_NAMES.get(op);
  }
}
