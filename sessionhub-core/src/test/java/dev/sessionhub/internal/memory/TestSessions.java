package dev.sessionhub.internal.memory;

import dev.sessionhub.model.ActivityEntry;
import dev.sessionhub.model.Collaborator;
import dev.sessionhub.model.Comment;
import dev.sessionhub.model.Goal;
import dev.sessionhub.model.GoalStatus;
import dev.sessionhub.model.Role;
import dev.sessionhub.model.Session;
import dev.sessionhub.spi.SessionWrite;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

/** Test data for the in-memory stores: sessions, writes, comments and activity with fixed times. */
final class TestSessions {

  static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");
  static final String OWNER = "owner-1";

  private TestSessions() {}

  /** A session at version 1, created and updated at {@link #T0}, owned by {@link #OWNER}. */
  static Session.Builder aSession(String id) {
    return Session.builder().id(id).name("Session " + id).version(1).createdAt(T0).updatedAt(T0)
        .collaborators(List.of(owner(OWNER)));
  }

  static Collaborator owner(String userId) {
    return new Collaborator(userId, Role.OWNER, T0);
  }

  static Collaborator member(String userId, Role role) {
    return new Collaborator(userId, role, T0);
  }

  /** {@code total} goals of which the first {@code done} are done. */
  static List<Goal> goals(int done, int total) {
    List<Goal> goals = new ArrayList<>();
    for (int i = 0; i < total; i++) {
      Goal g = Goal.of("g" + i, "goal " + i);
      goals.add(i < done ? g.withStatus(GoalStatus.DONE, T0) : g);
    }
    return goals;
  }

  static SessionWrite insertOf(Session s, Comment... comments) {
    return new SessionWrite(s, 0, List.of(comments), List.of());
  }

  /** The next version of {@code s}, changed by {@code change}. */
  static Session next(Session s, UnaryOperator<Session.Builder> change) {
    return change.apply(s.toBuilder().version(s.version() + 1)).build();
  }

  static SessionWrite updateOf(Session next, Comment... comments) {
    return new SessionWrite(next, next.version() - 1, List.of(comments), List.of());
  }

  static Comment comment(String sessionId, long number) {
    return new Comment("c" + number, sessionId, number, null, OWNER, "comment " + number, List.of(), T0, null);
  }

  static ActivityEntry activity(String sessionId, long version, String action) {
    return new ActivityEntry(0, sessionId, version, OWNER, action, T0, Map.of());
  }
}
