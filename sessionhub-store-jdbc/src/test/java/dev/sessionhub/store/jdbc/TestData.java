package dev.sessionhub.store.jdbc;

import dev.sessionhub.model.ActivityEntry;
import dev.sessionhub.model.Collaborator;
import dev.sessionhub.model.Comment;
import dev.sessionhub.model.Goal;
import dev.sessionhub.model.GoalStatus;
import dev.sessionhub.model.Learning;
import dev.sessionhub.model.Priority;
import dev.sessionhub.model.Role;
import dev.sessionhub.model.Session;
import dev.sessionhub.model.SessionMetadata;
import dev.sessionhub.model.SessionStatus;
import dev.sessionhub.model.SessionType;
import dev.sessionhub.model.TemplateRef;
import dev.sessionhub.spi.SessionWrite;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.UnaryOperator;

/** Test data: sessions, writes, comments and activity; random sessions drawn from small pools so that filters, ties and words collide. */
final class TestData {

  static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");
  static final String OWNER = "owner-1";
  static final List<String> USERS = List.of("owner-1", "u-anna", "u-ben", "u-chen", "u-dita");
  static final List<String> WORDS = List.of("alpha", "Beta", "gamma", "the", "a", "of", "x", "Zebra", "naïve",
      "Ärger", "日本", "r2d2", "IS", "delta", "épée", "fun");
  static final List<String> TAGS = List.of("backend", "Front-End", "ops", "the", "x y");
  static final List<String> INJECTIONS = List.of("'; DROP TABLE sh_sessions; --", "\" OR 1=1 --", "%_\\",
      "') OR ('1'='1", "$$; SELECT pg_sleep(1); $$", "`; SHOW TABLES; `", "${prefix}", ":name ? ?", "' & '");

  private TestData() {}

  static Session.Builder aSession(String id) {
    return Session.builder().id(id).name("Session " + id).version(1).createdAt(T0).updatedAt(T0)
        .collaborators(List.of(new Collaborator(OWNER, Role.OWNER, T0)));
  }

  static SessionWrite insertOf(Session s, Comment... comments) {
    return new SessionWrite(s, 0, List.of(comments), List.of());
  }

  static SessionWrite insertOf(Session s, List<Comment> comments, List<ActivityEntry> activity) {
    return new SessionWrite(s, 0, comments, activity);
  }

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
    return new ActivityEntry(0, sessionId, version, OWNER, action, T0.plusNanos(123_456_789),
        Map.of("name", "new name", "count", 3L, "nested", Map.of("ok", true)));
  }

  /** A random but valid session: members, tags, goals, learnings, times with nanoseconds and ties. */
  static Session random(Random r, String id) {
    List<Collaborator> members = new ArrayList<>();
    String owner = USERS.get(r.nextInt(USERS.size()));
    members.add(new Collaborator(owner, Role.OWNER, T0));
    for (String u : USERS) {
      if (!u.equals(owner) && r.nextInt(3) == 0) {
        members.add(new Collaborator(u, r.nextBoolean() ? Role.VIEWER : Role.COLLABORATOR, T0));
      }
    }
    int goalCount = r.nextInt(5);
    int done = goalCount == 0 ? 0 : r.nextInt(goalCount + 1);
    List<Goal> goals = new ArrayList<>();
    for (int i = 0; i < goalCount; i++) {
      Goal g = Goal.of("g" + i, words(r, 2));
      goals.add(i < done ? g.withStatus(GoalStatus.DONE, T0) : g);
    }
    LinkedHashSet<String> tags = new LinkedHashSet<>();
    for (int i = r.nextInt(3); i > 0; i--) {
      tags.add(TAGS.get(r.nextInt(TAGS.size())));
    }
    SessionStatus status = SessionStatus.values()[r.nextInt(SessionStatus.values().length)];
    Instant created = T0.plusSeconds(r.nextInt(5)).plusNanos(r.nextInt(3) * 1_001L);
    return Session.builder().id(id).version(1 + r.nextInt(3)).name(words(r, 1 + r.nextInt(3)))
        .description(r.nextBoolean() ? words(r, 3) : "")
        .type(SessionType.values()[r.nextInt(SessionType.values().length)]).status(status)
        .priority(Priority.values()[r.nextInt(Priority.values().length)])
        .template(r.nextInt(3) == 0 ? new TemplateRef("tpl-" + r.nextInt(2), 1) : null)
        .createdAt(created).updatedAt(created.plusNanos(r.nextInt(4) * 999L))
        .archivedAt(status == SessionStatus.ARCHIVED ? T0.plusSeconds(r.nextInt(100)) : null)
        .goals(goals).collaborators(members).metadata(new SessionMetadata(List.copyOf(tags), List.of(), null))
        .learnings(r.nextInt(4) == 0 ? List.of(new Learning("l1", words(r, 2), owner, T0)) : List.of())
        .build();
  }

  private static String words(Random r, int n) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < n; i++) {
      b.append(i == 0 ? "" : r.nextBoolean() ? " " : "-").append(WORDS.get(r.nextInt(WORDS.size())));
    }
    return b.toString();
  }

  static Map<String, Object> map(Object... kv) {
    Map<String, Object> m = new LinkedHashMap<>();
    for (int i = 0; i < kv.length; i += 2) {
      m.put((String) kv[i], kv[i + 1]);
    }
    return m;
  }
}
