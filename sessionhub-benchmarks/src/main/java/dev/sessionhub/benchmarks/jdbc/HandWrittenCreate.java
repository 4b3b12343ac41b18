package dev.sessionhub.benchmarks.jdbc;

import dev.sessionhub.json.SessionJson;
import dev.sessionhub.model.Collaborator;
import dev.sessionhub.model.Session;
import dev.sessionhub.model.TemplateRef;
import dev.sessionhub.store.jdbc.internal.PostgresSearchVector;
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
 * Jdbi, no mapping layer. The same SQL text as {@code SessionWriter}, {@code PostgresWrites} and
 * {@code Pipeline} of sessionhub-store-jdbc send, the same rows and values (the extracted
 * columns, the codec's document, the search lexemes, the access rows, the tags and the activity
 * row as arrays for {@code unnest}), as one prepared statement of several statements (one round
 * trip), then the commit.
 *
 * <p>What it leaves out compared with the store: Jdbi's handle and transaction, the store's
 * argument checks, its translation of exceptions, and the row's derivation (unless
 * {@code handWrittenWithJson}).
 */
final class HandWrittenCreate {

  static final String TIMEOUT = "SELECT set_config('statement_timeout', ?, true)";
  static final String INSERT_SESSION = "INSERT INTO sh_sessions (id, version, status, type, priority, owner_id,"
      + " template_id, created_at, updated_at, archived_at, progress, name_key, search, document)"
      + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, array_to_tsvector(string_to_array(?, ' ')), ?)";
  static final String INSERT_MEMBERS = "INSERT INTO sh_session_access (session_id, user_id, role, status, created_at,"
      + " updated_at) SELECT ?, m.u, m.r, ?, ?, ? FROM unnest(CAST(? AS text[]), CAST(? AS text[])) AS m(u, r)";
  static final String INSERT_TAGS = "INSERT INTO sh_session_tags (session_id, tag) SELECT ?, g FROM"
      + " unnest(CAST(? AS text[])) AS g";
  static final String INSERT_ACTIVITY = "INSERT INTO sh_activity (session_id, session_version, actor, action,"
      + " occurred_at, delta) SELECT e.s, e.v, e.a, e.x, e.t, e.d FROM unnest(CAST(? AS text[]), CAST(? AS bigint[]),"
      + " CAST(? AS text[]), CAST(? AS text[]), CAST(? AS text[]), CAST(? AS text[]))"
      + " WITH ORDINALITY AS e(s, v, a, x, t, d, o) ORDER BY e.o";
  /** The statements of a create with tags, as the store joins them. */
  static final String CREATE = String.join(";\n", TIMEOUT, INSERT_SESSION, INSERT_MEMBERS, INSERT_TAGS,
      INSERT_ACTIVITY);

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
          String.join(" ", PostgresSearchVector.lexemes(s)), json.writeSession(s), members, s.metadata().tags(),
          actor, "session.create", at.toString(), json.writeValue(delta));
    }
  }

  static BigDecimal nanos(Instant t) {
    return new BigDecimal(BigInteger.valueOf(t.getEpochSecond()).multiply(BILLION).add(BigInteger.valueOf(t.getNano())));
  }

  /** Binds the columns from {@code version} to {@code name_key} from position {@code i}; the next position. */
  static int columns(PreparedStatement ps, int i, long version, String status, String type, int priority,
      String ownerId, String templateId, BigDecimal createdAt, BigDecimal updatedAt, BigDecimal archivedAt,
      double progress, String nameKey) throws SQLException {
    ps.setLong(i++, version);
    ps.setString(i++, status);
    ps.setString(i++, type);
    ps.setInt(i++, priority);
    ps.setString(i++, ownerId);
    if (templateId == null) {
      ps.setNull(i++, Types.VARCHAR);
    } else {
      ps.setString(i++, templateId);
    }
    ps.setBigDecimal(i++, createdAt);
    ps.setBigDecimal(i++, updatedAt);
    if (archivedAt == null) {
      ps.setNull(i++, Types.NUMERIC);
    } else {
      ps.setBigDecimal(i++, archivedAt);
    }
    ps.setDouble(i++, progress);
    ps.setString(i++, nameKey);
    return i;
  }

  /** Work on a connection inside a transaction. */
  interface InTransaction {
    void run(Connection c) throws SQLException;
  }

  /**
   * Runs {@code work} in one transaction on a connection from {@code dataSource}: commits, or rolls
   * back and rethrows; auto-commit restored either way (what every hand-written write does around
   * its statements).
   */
  static void transaction(DataSource dataSource, InTransaction work) throws SQLException {
    try (Connection c = dataSource.getConnection()) {
      c.setAutoCommit(false);
      try {
        work.run(c);
        c.commit();
      } catch (SQLException | RuntimeException e) {
        c.rollback();
        throw e;
      } finally {
        c.setAutoCommit(true);
      }
    }
  }

  /** Writes {@code row} in one transaction on a connection from {@code dataSource}. */
  static void write(DataSource dataSource, Row row) throws SQLException {
    transaction(dataSource, c -> {
      try (PreparedStatement ps = c.prepareStatement(CREATE)) {
        int i = 1;
        ps.setString(i++, "30000");
        ps.setString(i++, row.id());
        i = columns(ps, i, row.version(), row.status(), row.type(), row.priority(), row.ownerId(), row.templateId(),
            row.createdAt(), row.updatedAt(), row.archivedAt(), row.progress(), row.nameKey());
        ps.setString(i++, row.words());
        ps.setString(i++, row.document());
        ps.setString(i++, row.id());
        ps.setString(i++, row.status());
        ps.setBigDecimal(i++, row.createdAt());
        ps.setBigDecimal(i++, row.updatedAt());
        ps.setArray(i++, c.createArrayOf("text", row.members().keySet().toArray()));
        ps.setArray(i++, c.createArrayOf("text", row.members().values().toArray()));
        ps.setString(i++, row.id());
        ps.setArray(i++, c.createArrayOf("text", row.tags().toArray()));
        ps.setArray(i++, c.createArrayOf("text", new Object[] {row.id()}));
        ps.setArray(i++, c.createArrayOf("int8", new Object[] {row.version()}));
        ps.setArray(i++, c.createArrayOf("text", new Object[] {row.actor()}));
        ps.setArray(i++, c.createArrayOf("text", new Object[] {row.action()}));
        ps.setArray(i++, c.createArrayOf("text", new Object[] {row.occurredAt()}));
        ps.setArray(i, c.createArrayOf("text", new Object[] {row.delta()}));
        ps.execute();
        while (ps.getMoreResults() || ps.getUpdateCount() != -1) {
          // drain the results of the statements
        }
      }
    });
  }
}
