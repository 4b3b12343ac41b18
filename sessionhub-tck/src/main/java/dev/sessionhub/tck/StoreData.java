package dev.sessionhub.tck;

import dev.sessionhub.model.ActivityEntry;
import dev.sessionhub.model.Collaborator;
import dev.sessionhub.model.Comment;
import dev.sessionhub.model.Goal;
import dev.sessionhub.model.GoalStatus;
import dev.sessionhub.model.Role;
import dev.sessionhub.model.Session;
import dev.sessionhub.spi.SessionWrite;
import dev.sessionhub.tck.data.Sessions;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.UnaryOperator;

/**
 * Test data builders for the store contracts: small valid sessions, comments, activity entries
 * and the writes that carry them. Ids are made unique per call, so data left behind by an
 * earlier test never collides with a new one.
 */
final class StoreData {

  static final Instant T0 = Instant.parse("2026-03-02T09:00:00Z");
  private static final String ALPHANUMERIC = "abcdefghijklmnopqrstuvwxyz0123456789";

  private StoreData() {}

  /** {@code prefix}, a dash and ten random lowercase letters or digits: a valid, unused id. */
  static String unique(String prefix) {
    StringBuilder sb = new StringBuilder(prefix).append('-');
    for (int i = 0; i < 10; i++) {
      sb.append(ALPHANUMERIC.charAt(ThreadLocalRandom.current().nextInt(ALPHANUMERIC.length())));
    }
    return sb.toString();
  }

  /** A DRAFT session at version 1, created and updated at {@link #T0}, owned by {@code owner}. */
  static Session.Builder aSession(String id, String owner) {
    return Sessions.aSession(id, owner, T0);
  }

  static Collaborator owner(String userId) {
    return new Collaborator(userId, Role.OWNER, T0);
  }

  static Collaborator member(String userId, Role role) {
    return new Collaborator(userId, role, T0);
  }

  /** {@code total} top-level goals of weight 1, the first {@code done} of them done. */
  static List<Goal> goals(int done, int total) {
    List<Goal> goals = new ArrayList<>();
    for (int i = 0; i < total; i++) {
      Goal g = Goal.of("g" + i, "goal " + i);
      goals.add(i < done ? g.withStatus(GoalStatus.DONE, T0) : g);
    }
    return goals;
  }

  /** The next version of {@code s}, changed by {@code change}. */
  static Session next(Session s, UnaryOperator<Session.Builder> change) {
    return change.apply(s.toBuilder().version(s.version() + 1)).build();
  }

  static Comment comment(String sessionId, long number) {
    return new Comment(sessionId + "-c" + number, sessionId, number, null, "author", "comment " + number,
        List.of(), T0, null);
  }

  static ActivityEntry activity(String sessionId, long version, String action) {
    return new ActivityEntry(0, sessionId, version, "actor", action, T0, Map.of("step", action));
  }

  static SessionWrite insertOf(Session s) {
    return new SessionWrite(s, 0, List.of(), List.of());
  }

  static SessionWrite insertOf(Session s, List<Comment> comments, List<ActivityEntry> activity) {
    return new SessionWrite(s, 0, comments, activity);
  }

  /** An update to {@code next} from the version before it. */
  static SessionWrite updateOf(Session next) {
    return new SessionWrite(next, next.version() - 1, List.of(), List.of());
  }

  static SessionWrite updateOf(Session next, List<Comment> comments, List<ActivityEntry> activity) {
    return new SessionWrite(next, next.version() - 1, comments, activity);
  }

  /** The entries without the seqs the store gave them, to compare with what was written. */
  static List<ActivityEntry> withoutSeqs(List<ActivityEntry> entries) {
    return entries.stream().map(e -> e.withSeq(0)).toList();
  }
}
