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
 * Test data builders of the store contracts, public so that an adapter's own tests can use them
 * too: small valid sessions, comments, activity entries and the writes that carry them. Ids are
 * made unique per call, so data left behind by an earlier test never collides with a new one.
 */
public final class StoreData {

  /** The time every builder here uses: 2026-03-02T09:00:00Z. */
  public static final Instant T0 = Instant.parse("2026-03-02T09:00:00Z");
  private static final String ALPHANUMERIC = "abcdefghijklmnopqrstuvwxyz0123456789";

  private StoreData() {}

  /** {@code prefix}, a dash and ten random lowercase letters or digits: a valid, unused id. */
  public static String unique(String prefix) {
    StringBuilder sb = new StringBuilder(prefix).append('-');
    for (int i = 0; i < 10; i++) {
      sb.append(ALPHANUMERIC.charAt(ThreadLocalRandom.current().nextInt(ALPHANUMERIC.length())));
    }
    return sb.toString();
  }

  /** A DRAFT session at version 1, created and updated at {@link #T0}, owned by {@code owner}. */
  public static Session.Builder aSession(String id, String owner) {
    return Sessions.aSession(id, owner, T0);
  }

  /** {@code userId} as the owner, since {@link #T0}. */
  public static Collaborator owner(String userId) {
    return new Collaborator(userId, Role.OWNER, T0);
  }

  /** {@code userId} in {@code role}, since {@link #T0}. */
  public static Collaborator member(String userId, Role role) {
    return new Collaborator(userId, role, T0);
  }

  /** {@code total} top-level goals of weight 1, the first {@code done} of them done. */
  public static List<Goal> goals(int done, int total) {
    List<Goal> goals = new ArrayList<>();
    for (int i = 0; i < total; i++) {
      Goal g = Goal.of("g" + i, "goal " + i);
      goals.add(i < done ? g.withStatus(GoalStatus.DONE, T0) : g);
    }
    return goals;
  }

  /** The next version of {@code s}, changed by {@code change}. */
  public static Session next(Session s, UnaryOperator<Session.Builder> change) {
    return change.apply(s.toBuilder().version(s.version() + 1)).build();
  }

  /** Comment number {@code number} of a session, with the id {@code <sessionId>-c<number>}. */
  public static Comment comment(String sessionId, long number) {
    return new Comment(sessionId + "-c" + number, sessionId, number, null, "author", "comment " + number,
        List.of(), T0, null);
  }

  /** An entry without a seq, for the given version and action, at {@link #T0}. */
  public static ActivityEntry activity(String sessionId, long version, String action) {
    return new ActivityEntry(0, sessionId, version, "actor", action, T0, Map.of("step", action));
  }

  /** The insert of {@code s}, without comments or activity. */
  public static SessionWrite insertOf(Session s) {
    return new SessionWrite(s, 0, List.of(), List.of());
  }

  /** The insert of {@code s} with comments and activity. */
  public static SessionWrite insertOf(Session s, List<Comment> comments, List<ActivityEntry> activity) {
    return new SessionWrite(s, 0, comments, activity);
  }

  /** An update to {@code next} from the version before it. */
  public static SessionWrite updateOf(Session next) {
    return new SessionWrite(next, next.version() - 1, List.of(), List.of());
  }

  /** An update to {@code next} from the version before it, with comments and activity. */
  public static SessionWrite updateOf(Session next, List<Comment> comments, List<ActivityEntry> activity) {
    return new SessionWrite(next, next.version() - 1, comments, activity);
  }

  /** The entries without the seqs the store gave them, to compare with what was written. */
  public static List<ActivityEntry> withoutSeqs(List<ActivityEntry> entries) {
    return entries.stream().map(e -> e.withSeq(0)).toList();
  }
}
