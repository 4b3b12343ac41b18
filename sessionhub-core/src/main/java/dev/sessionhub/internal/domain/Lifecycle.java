package dev.sessionhub.internal.domain;

import static dev.sessionhub.model.LifecycleAction.ARCHIVE;
import static dev.sessionhub.model.LifecycleAction.COMPLETE;
import static dev.sessionhub.model.LifecycleAction.PAUSE;
import static dev.sessionhub.model.LifecycleAction.REOPEN;
import static dev.sessionhub.model.LifecycleAction.RESUME;
import static dev.sessionhub.model.LifecycleAction.START;
import static dev.sessionhub.model.SessionStatus.ACTIVE;
import static dev.sessionhub.model.SessionStatus.ARCHIVED;
import static dev.sessionhub.model.SessionStatus.COMPLETED;
import static dev.sessionhub.model.SessionStatus.DRAFT;
import static dev.sessionhub.model.SessionStatus.PAUSED;

import dev.sessionhub.Operation;
import dev.sessionhub.error.IllegalTransitionException;
import dev.sessionhub.model.LifecycleAction;
import dev.sessionhub.model.Session;
import dev.sessionhub.model.SessionStatus;
import dev.sessionhub.model.StatusChange;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The lifecycle state machine: every legal move in one table, and how a move changes a session. */
public final class Lifecycle {

  private static final Map<SessionStatus, Map<LifecycleAction, SessionStatus>> TABLE = table();

  private Lifecycle() {}

  private static Map<SessionStatus, Map<LifecycleAction, SessionStatus>> table() {
    Map<SessionStatus, Map<LifecycleAction, SessionStatus>> t = new EnumMap<>(SessionStatus.class);
    for (SessionStatus s : SessionStatus.values()) {
      t.put(s, new EnumMap<>(LifecycleAction.class));
    }
    t.get(DRAFT).put(START, ACTIVE);
    t.get(ACTIVE).put(PAUSE, PAUSED);
    t.get(PAUSED).put(RESUME, ACTIVE);
    t.get(ACTIVE).put(COMPLETE, COMPLETED);
    t.get(PAUSED).put(COMPLETE, COMPLETED);
    t.get(COMPLETED).put(REOPEN, ACTIVE);
    for (SessionStatus s : List.of(DRAFT, ACTIVE, PAUSED, COMPLETED)) {
      t.get(s).put(ARCHIVE, ARCHIVED);
    }
    return t;
  }

  /**
   * Archived is read-only: refuses any change to an ARCHIVED session, a lifecycle action as an
   * illegal move like every other.
   *
   * @throws IllegalTransitionException when the session is ARCHIVED
   */
  public static void requireChangeable(Session s, Operation op) {
    if (s.status() != ARCHIVED) {
      return;
    }
    for (LifecycleAction action : LifecycleAction.values()) {
      if (action.name().equals(op.name())) {
        throw new IllegalTransitionException(s.id(), s.status(), action);
      }
    }
    throw new IllegalTransitionException(s.id(), s.status(), op);
  }

  /** Where {@code action} leads from {@code from}, or empty when the move is illegal. */
  public static Optional<SessionStatus> target(SessionStatus from, LifecycleAction action) {
    return Optional.ofNullable(TABLE.get(from).get(action));
  }

  /**
   * The session after {@code action}: new status, a history entry, and the start, completion
   * and archive times.
   *
   * @throws IllegalTransitionException when the move is not in the table
   */
  public static Session apply(Session s, LifecycleAction action, String actor, Instant now) {
    SessionStatus to = target(s.status(), action)
        .orElseThrow(() -> new IllegalTransitionException(s.id(), s.status(), action));
    List<StatusChange> history = new ArrayList<>(s.history());
    history.add(new StatusChange(s.status(), to, action, actor, now));
    Session.Builder b = s.toBuilder().status(to).history(history);
    switch (action) {
      case START -> b.startedAt(s.startedAt().orElse(now));
      case COMPLETE -> b.completedAt(now);
      case REOPEN -> b.completedAt(null);
      case ARCHIVE -> b.archivedAt(now);
      default -> { }
    }
    return b.build();
  }
}
