package dev.sessionhub.benchmarks.jdbc;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
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
    try (Connection c = dataSource.getConnection()) {
      c.setAutoCommit(false);
      try {
        try (PreparedStatement ps = c.prepareStatement(LOCK)) {
          ps.setString(1, "30000");
          ps.setString(2, row.id());
          ps.execute();
          ps.getMoreResults();
          try (ResultSet rs = ps.getResultSet()) {
            if (!rs.next()) {
              throw new IllegalStateException("no session " + row.id());
            }
            rs.getString(1);
          }
        }
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
        c.commit();
      } catch (SQLException | RuntimeException e) {
        c.rollback();
        throw e;
      } finally {
        c.setAutoCommit(true);
      }
    }
  }
}
