package dev.sessionhub.tck.data;

import dev.sessionhub.model.LifecycleAction;
import dev.sessionhub.model.SessionStatus;
import dev.sessionhub.model.StatusChange;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A legal walk through the lifecycle, and the timestamps it implies. Moves: START draft to
 * active; PAUSE active to paused; RESUME paused to active; COMPLETE active or paused to
 * completed; REOPEN completed to active; ARCHIVE anything but archived to archived (owner only).
 */
final class RandomHistory {

  final List<StatusChange> changes;
  final SessionStatus status;
  final @Nullable Instant startedAt;
  final @Nullable Instant completedAt;
  final @Nullable Instant archivedAt;
  /** When work on goals stopped: completion, archiving, or the last change. */
  final Instant lastChange;

  /** A walk starting after {@code since}, when every member has joined. */
  RandomHistory(RandomData data, Instant since, String owner, List<String> editors) {
    List<StatusChange> list = new ArrayList<>();
    SessionStatus state = SessionStatus.DRAFT;
    Instant at = since;
    int steps = data.between(0, 8);
    for (int i = 0; i < steps; i++) {
      LifecycleAction action = nextAction(data, state);
      at = data.after(at, 72);
      SessionStatus to = target(action);
      list.add(new StatusChange(state, to, action, data.pick(editors), at));
      state = to;
    }
    if (data.chance(0.15)) {
      at = data.after(at, 72);
      list.add(new StatusChange(state, SessionStatus.ARCHIVED, LifecycleAction.ARCHIVE, owner, at));
      state = SessionStatus.ARCHIVED;
    }
    this.changes = List.copyOf(list);
    this.status = state;
    this.lastChange = at;
    this.startedAt = list.isEmpty() || list.get(0).action() != LifecycleAction.START ? null : list.get(0).at();
    this.completedAt = completedAt(list, state);
    this.archivedAt = state == SessionStatus.ARCHIVED ? at : null;
  }

  private static LifecycleAction nextAction(RandomData data, SessionStatus from) {
    return switch (from) {
      case DRAFT -> LifecycleAction.START;
      case ACTIVE -> data.chance(0.6) ? LifecycleAction.PAUSE : LifecycleAction.COMPLETE;
      case PAUSED -> data.chance(0.7) ? LifecycleAction.RESUME : LifecycleAction.COMPLETE;
      case COMPLETED -> LifecycleAction.REOPEN;
      case ARCHIVED -> throw new IllegalStateException("nothing follows ARCHIVED");
    };
  }

  private static SessionStatus target(LifecycleAction action) {
    return switch (action) {
      case START, RESUME, REOPEN -> SessionStatus.ACTIVE;
      case PAUSE -> SessionStatus.PAUSED;
      case COMPLETE -> SessionStatus.COMPLETED;
      case ARCHIVE -> SessionStatus.ARCHIVED;
    };
  }

  /** The last completion, while the session is completed or was archived straight after it. */
  private static @Nullable Instant completedAt(List<StatusChange> list, SessionStatus state) {
    if (state != SessionStatus.COMPLETED && state != SessionStatus.ARCHIVED) {
      return null;
    }
    StatusChange last = list.get(list.size() - 1);
    if (last.action() == LifecycleAction.COMPLETE) {
      return last.at();
    }
    if (last.action() == LifecycleAction.ARCHIVE && last.from() == SessionStatus.COMPLETED) {
      return list.get(list.size() - 2).at();
    }
    return null;
  }

  /** Whether goals may have been worked on: the session was started. */
  boolean started() {
    return startedAt != null;
  }

  /** When goal work stopped. */
  Instant workEnd() {
    return completedAt != null ? completedAt : lastChange;
  }
}
