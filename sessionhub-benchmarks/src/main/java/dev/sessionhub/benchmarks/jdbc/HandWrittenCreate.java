package dev.sessionhub.benchmarks.jdbc;

import dev.sessionhub.json.SessionJson;
import dev.sessionhub.model.Collaborator;
import dev.sessionhub.model.Session;
import dev.sessionhub.model.TemplateRef;
import dev.sessionhub.spi.SearchText;
import dev.sessionhub.spi.SortPosition;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;

/**
 * The writes of the JDBC store's insert of a new session on PostgreSQL, by hand: plain JDBC, no
 * Jdbi, no mapping layer. The same SQL text as {@code SessionWriter} and {@code ActivityRows} of
 * sessionhub-store-jdbc, the same rows and values (the extracted columns, the codec's document,
 * the search words joined by spaces for {@code array_to_tsvector}, one members row, the tags, one
 * activity row), as a batch where the store uses a batch, in one transaction.
 *
 * <p>What it leaves out compared with the store: Jdbi's handle, statement and binding machinery,
 * the query timeout the store sets on every statement (unless asked to set it too), the store's
 * argument checks, and its translation of exceptions.
 */
final class HandWrittenCreate {

  static final String INSERT_SESSION = "INSERT INTO sh_sessions (id, version, status, type, priority, owner_id,"
      + " template_id, created_at, updated_at, archived_at, progress, name_key, search, document)"
      + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, array_to_tsvector(string_to_array(?, ' ')), ?)";
  static final String INSERT_MEMBER = "INSERT INTO sh_session_access"
      + " (session_id, user_id, role, status, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?)";
  static final String INSERT_TAG = "INSERT INTO sh_session_tags (session_id, tag) VALUES (?, ?)";
  static final String INSERT_ACTIVITY = "INSERT INTO sh_activity (session_id, session_version, actor, action,"
      + " occurred_at, delta) VALUES (?, ?, ?, ?, ?, ?)";

  private static final BigInteger BILLION = BigInteger.valueOf(1_000_000_000L);

  private HandWrittenCreate() {}

  /** Everything written for one new session, computed from its snapshot. */
  record Row(String id, long version, String status, String type, int priority, String ownerId,
      String templateId, BigDecimal createdAt, BigDecimal updatedAt, BigDecimal archivedAt, double progress,
      String nameKey, String words, String document, Map<String, String> members, List<String> tags,
      String actor, String action, String occurredAt, String delta) {

    /** The row of a new session created by {@code actor} (what the store derives in {@code SessionRow.of}). */
    static Row of(Session s, String actor, Instant at, SessionJson json) {
      Map<String, String> members = new LinkedHashMap<>();
      for (Collaborator c : s.collaborators()) {
        members.putIfAbsent(c.userId(), c.role().name());
      }
      Map<String, Object> delta = new LinkedHashMap<>();
      delta.put("name", s.name());
      delta.put("template", s.template().map(r -> r.templateId() + "@" + r.version()).orElse(null));
      return new Row(s.id(), s.version(), s.status().name(), s.type().name(), s.priority().ordinal(), s.ownerId(),
          s.template().map(TemplateRef::templateId).orElse(null), nanos(s.createdAt()), nanos(s.updatedAt()),
          s.archivedAt().map(HandWrittenCreate::nanos).orElse(null), s.progress(), SortPosition.nameKey(s.name()),
          // The words as they are: the store's PostgresLexemes changes only words over 128 bytes
          // and vectors over 1 MB, which a template session never has (it still measures them).
          String.join(" ", SearchText.of(s)), json.writeSession(s), members, s.metadata().tags(),
          actor, "session.create", at.toString(), json.writeValue(delta));
    }
  }

  static BigDecimal nanos(Instant t) {
    return new BigDecimal(BigInteger.valueOf(t.getEpochSecond()).multiply(BILLION).add(BigInteger.valueOf(t.getNano())));
  }

  private static void timeout(PreparedStatement ps, int seconds) throws SQLException {
    if (seconds > 0) {
      ps.setQueryTimeout(seconds);
    }
  }

  /** Writes {@code row} in one transaction on a connection from {@code dataSource}. */
  static void write(DataSource dataSource, Row row) throws SQLException {
    write(dataSource, row, 0);
  }

  /**
   * Writes {@code row} in one transaction; with {@code queryTimeout > 0}, sets that JDBC query
   * timeout (seconds) on every statement, as the store does (a diagnostic: the PostgreSQL driver
   * arms and cancels a timer task per statement for it).
   */
  static void write(DataSource dataSource, Row row, int queryTimeout) throws SQLException {
    try (Connection c = dataSource.getConnection()) {
      c.setAutoCommit(false);
      try {
        try (PreparedStatement ps = c.prepareStatement(INSERT_SESSION)) {
          timeout(ps, queryTimeout);
          ps.setString(1, row.id());
          ps.setLong(2, row.version());
          ps.setString(3, row.status());
          ps.setString(4, row.type());
          ps.setInt(5, row.priority());
          ps.setString(6, row.ownerId());
          if (row.templateId() == null) {
            ps.setNull(7, Types.VARCHAR);
          } else {
            ps.setString(7, row.templateId());
          }
          ps.setBigDecimal(8, row.createdAt());
          ps.setBigDecimal(9, row.updatedAt());
          if (row.archivedAt() == null) {
            ps.setNull(10, Types.NUMERIC);
          } else {
            ps.setBigDecimal(10, row.archivedAt());
          }
          ps.setDouble(11, row.progress());
          ps.setString(12, row.nameKey());
          ps.setString(13, row.words());
          ps.setString(14, row.document());
          ps.executeUpdate();
        }
        try (PreparedStatement ps = c.prepareStatement(INSERT_MEMBER)) {
          timeout(ps, queryTimeout);
          for (Map.Entry<String, String> m : row.members().entrySet()) {
            ps.setString(1, row.id());
            ps.setString(2, m.getKey());
            ps.setString(3, m.getValue());
            ps.setString(4, row.status());
            ps.setBigDecimal(5, row.createdAt());
            ps.setBigDecimal(6, row.updatedAt());
            ps.addBatch();
          }
          ps.executeBatch();
        }
        if (!row.tags().isEmpty()) {
          try (PreparedStatement ps = c.prepareStatement(INSERT_TAG)) {
          timeout(ps, queryTimeout);
            for (String tag : row.tags()) {
              ps.setString(1, row.id());
              ps.setString(2, tag);
              ps.addBatch();
            }
            ps.executeBatch();
          }
        }
        try (PreparedStatement ps = c.prepareStatement(INSERT_ACTIVITY)) {
          timeout(ps, queryTimeout);
          ps.setString(1, row.id());
          ps.setLong(2, row.version());
          ps.setString(3, row.actor());
          ps.setString(4, row.action());
          ps.setString(5, row.occurredAt());
          ps.setString(6, row.delta());
          ps.addBatch();
          ps.executeBatch();
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
