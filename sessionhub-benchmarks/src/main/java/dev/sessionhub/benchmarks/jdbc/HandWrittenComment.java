package dev.sessionhub.benchmarks.jdbc;

import dev.sessionhub.json.SessionJson;
import dev.sessionhub.model.Comment;
import dev.sessionhub.model.Session;
import dev.sessionhub.model.TemplateRef;
import dev.sessionhub.spi.SortPosition;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import javax.sql.DataSource;

/**
 * The writes of the JDBC store's {@code modify} for a new comment on PostgreSQL, by hand: the same
 * two round trips of the same SQL text ({@code PostgresWrites}): lock and read the row, then the
 * row's UPDATE (without its search vector, whose words and members are unchanged), the access
 * rows' status and time, the comment upsert and the audit entry; then the commit. Every value
 * (the new document, the comment's JSON) is computed before the call.
 */
final class HandWrittenComment {

  static final String LOCK = "SELECT set_config('statement_timeout', ?, true);\n"
      + "SELECT document FROM sh_sessions WHERE id = ? FOR UPDATE";
  static final String WRITE = "UPDATE sh_sessions SET version = ?, status = ?, type = ?, priority = ?, owner_id = ?,"
      + " template_id = ?, created_at = ?, updated_at = ?, archived_at = ?, progress = ?, name_key = ?, document = ?"
      + " WHERE id = ? AND version = ?;\n"
      + "UPDATE sh_session_access SET status = ?, updated_at = ? WHERE session_id = ?;\n"
      + "DELETE FROM sh_comments WHERE session_id = ? AND id = ANY (CAST(? AS text[]));\n"
      + "INSERT INTO sh_comments (session_id, number, id, document) SELECT ?, c.n, c.i, c.d"
      + " FROM unnest(CAST(? AS bigint[]), CAST(? AS text[]), CAST(? AS text[])) AS c(n, i, d);\n"
      + HandWrittenCreate.INSERT_ACTIVITY;

  private HandWrittenComment() {}

  /** Everything the comment writes, computed before the call. */
  record Row(String id, long version, String status, String type, int priority, String ownerId,
      String templateId, BigDecimal createdAt, BigDecimal updatedAt, double progress, String nameKey,
      String document, long number, String commentId, String comment, String actor, String at, String delta) {}

  static void write(DataSource dataSource, Row row) throws SQLException {
    HandWrittenCreate.transaction(dataSource, c -> {
      lockAndRead(c, row.id());
      write(c, row);
    });
  }

  /**
   * The same statements, with the codec's work done in the call, between the two round trips, as
   * any store of JSON documents must: the locked document parsed, the next snapshot (version,
   * comment count, update time) and the comment made, the new document, the comment's JSON and
   * the audit entry's written. What it leaves out of the hub's comment is the hub's own work
   * (access check, validation, the change's diff and events) and the store's (Jdbi, the row's
   * columns and search words).
   */
  static void writeWithJson(DataSource dataSource, SessionJson json, String sessionId, String actor, String text,
      SplittableRandom random) throws SQLException {
    HandWrittenCreate.transaction(dataSource, c -> {
      Session s = json.readSession(lockAndRead(c, sessionId));
      Instant at = Instant.now();
      long number = s.commentCount() + 1;
      s = s.toBuilder().version(s.version() + 1).commentCount(number).updatedAt(at).build();
      String commentId = UuidV7.at(at.toEpochMilli(), random);
      Comment comment = new Comment(commentId, s.id(), number, null, actor, text, List.of(), at, null);
      write(c, new Row(s.id(), s.version(), s.status().name(), s.type().name(), s.priority().ordinal(),
          s.ownerId(), s.template().map(TemplateRef::templateId).orElse(null), HandWrittenCreate.nanos(s.createdAt()),
          HandWrittenCreate.nanos(at), s.progress(), SortPosition.nameKey(s.name()), json.writeSession(s), number,
          commentId, json.writeComment(comment), actor, at.toString(), json.writeValue(Map.of("comment", commentId))));
    });
  }

  private static String lockAndRead(Connection c, String id) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement(LOCK)) {
      ps.setString(1, "30000");
      ps.setString(2, id);
      ps.execute();
      ps.getMoreResults();
      try (ResultSet rs = ps.getResultSet()) {
        if (!rs.next()) {
          throw new IllegalStateException("no session " + id);
        }
        return rs.getString(1);
      }
    }
  }

  private static void write(Connection c, Row row) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement(WRITE)) {
      int i = HandWrittenCreate.columns(ps, 1, row.version(), row.status(), row.type(), row.priority(),
          row.ownerId(), row.templateId(), row.createdAt(), row.updatedAt(), null, row.progress(), row.nameKey());
      ps.setString(i++, row.document());
      ps.setString(i++, row.id());
      ps.setLong(i++, row.version() - 1);
      ps.setString(i++, row.status());
      ps.setBigDecimal(i++, row.updatedAt());
      ps.setString(i++, row.id());
      ps.setString(i++, row.id());
      ps.setArray(i++, c.createArrayOf("text", new Object[] {row.commentId()}));
      ps.setString(i++, row.id());
      ps.setArray(i++, c.createArrayOf("int8", new Object[] {row.number()}));
      ps.setArray(i++, c.createArrayOf("text", new Object[] {row.commentId()}));
      ps.setArray(i++, c.createArrayOf("text", new Object[] {row.comment()}));
      ps.setArray(i++, c.createArrayOf("text", new Object[] {row.id()}));
      ps.setArray(i++, c.createArrayOf("int8", new Object[] {row.version()}));
      ps.setArray(i++, c.createArrayOf("text", new Object[] {row.actor()}));
      ps.setArray(i++, c.createArrayOf("text", new Object[] {"comment.add"}));
      ps.setArray(i++, c.createArrayOf("text", new Object[] {row.at()}));
      ps.setArray(i, c.createArrayOf("text", new Object[] {row.delta()}));
      ps.execute();
      if (ps.getUpdateCount() != 1) {
        throw new IllegalStateException("session " + row.id() + " is not at version " + (row.version() - 1));
      }
      while (ps.getMoreResults() || ps.getUpdateCount() != -1) {
        // drain the results of the statements
      }
    }
  }
}
