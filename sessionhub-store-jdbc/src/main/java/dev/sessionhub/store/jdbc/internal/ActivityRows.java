package dev.sessionhub.store.jdbc.internal;

import dev.sessionhub.json.SessionJson;
import dev.sessionhub.model.ActivityEntry;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.SqlStatement;

/**
 * Activity entries as rows. The core codec has no activity document, so the entry's fields are
 * columns and its delta is the codec's JSON of a free-form object ({@link SessionJson#writeValue}).
 */
final class ActivityRows {

  private ActivityRows() {}

  static String insertSql(Tables t) {
    return "INSERT INTO " + t.activity() + " (session_id, session_version, actor, action, occurred_at, delta)"
        + " VALUES (?, ?, ?, ?, ?, ?)";
  }

  static <S extends SqlStatement<S>> S bind(S st, ActivityEntry e, SessionJson json) {
    return st.bind(0, e.sessionId()).bind(1, e.sessionVersion()).bind(2, e.actor()).bind(3, e.action())
        .bind(4, e.at().toString()).bind(5, json.writeValue(e.delta()));
  }

  static String selectColumns() {
    return "seq, session_id, session_version, actor, action, occurred_at, delta";
  }

  static RowMapper<ActivityEntry> mapper(SessionJson json) {
    return (ResultSet rs, org.jdbi.v3.core.statement.StatementContext ctx) -> read(rs, json);
  }

  private static ActivityEntry read(ResultSet rs, SessionJson json) throws SQLException {
    return new ActivityEntry(rs.getLong(1), rs.getString(2), rs.getLong(3), rs.getString(4), rs.getString(5),
        Instant.parse(rs.getString(6)), json.readValue(rs.getString(7)));
  }
}
