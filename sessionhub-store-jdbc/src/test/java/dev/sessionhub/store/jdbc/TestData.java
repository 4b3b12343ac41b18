package dev.sessionhub.store.jdbc;

import dev.sessionhub.model.ActivityEntry;
import dev.sessionhub.model.Comment;
import dev.sessionhub.model.Session;
import dev.sessionhub.spi.SessionWrite;
import dev.sessionhub.tck.data.Sessions;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

/** Test data of the JDBC-specific tests: sessions, writes, comments, activity and SQL-injection strings. */
final class TestData {

  static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");
  static final String OWNER = "owner-1";
  static final List<String> INJECTIONS = List.of("'; DROP TABLE sh_sessions; --", "\" OR 1=1 --", "%_\\",
      "') OR ('1'='1", "$$; SELECT pg_sleep(1); $$", "`; SHOW TABLES; `", "${prefix}", ":name ? ?", "' & '");

  private TestData() {}

  static Session.Builder aSession(String id) {
    return Sessions.aSession(id, OWNER, T0);
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

  static Comment comment(String sessionId, long number) {
    return new Comment("c" + number, sessionId, number, null, OWNER, "comment " + number, List.of(), T0, null);
  }

  static ActivityEntry activity(String sessionId, long version, String action) {
    return new ActivityEntry(0, sessionId, version, OWNER, action, T0.plusNanos(123_456_789),
        Map.of("name", "new name", "count", 3L, "nested", Map.of("ok", true)));
  }

  static Map<String, Object> map(Object... kv) {
    Map<String, Object> m = new LinkedHashMap<>();
    for (int i = 0; i < kv.length; i += 2) {
      m.put((String) kv[i], kv[i + 1]);
    }
    return m;
  }
}
