package dev.sessionhub.store.jdbc.internal;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.UnableToExecuteStatementException;
import org.jspecify.annotations.Nullable;

/**
 * Several SQL statements sent to PostgreSQL as one {@link PreparedStatement}: the PostgreSQL
 * driver splits the text at its semicolons and sends every statement (parse, bind, execute) before
 * a single sync, so the server runs them in order and answers once: one round trip for all of
 * them. A failing statement ends the batch; the caller's transaction then rolls back. This relies
 * on nothing but the driver's default settings (no {@code reWriteBatchedInserts}, no
 * {@code preferQueryMode=simple}); it is PostgreSQL-only: MariaDB's driver needs
 * {@code allowMultiQueries}, a host setting.
 *
 * <p>Values are bound in order; {@link #textArray} and {@link #longArray} become SQL arrays for
 * {@code unnest}, so that the text of a statement does not depend on how many rows it inserts.
 */
final class Pipeline {

  /** A typed SQL NULL. */
  record Null(int sqlType) {}

  private record TextArray(List<String> values) {}

  private record LongArray(List<Long> values) {}

  private final StringBuilder sql = new StringBuilder();
  private final List<@Nullable Object> args = new ArrayList<>();
  private int statements;

  /** Appends one statement and its arguments. */
  Pipeline add(String statement, @Nullable Object... values) {
    if (statements > 0) {
      sql.append(";\n");
    }
    sql.append(statement);
    for (Object v : values) {
      args.add(v);
    }
    statements++;
    return this;
  }

  static Object textArray(List<String> values) {
    return new TextArray(values);
  }

  static Object longArray(List<Long> values) {
    return new LongArray(values);
  }

  static Object nullable(@Nullable Object value, int sqlType) {
    return value == null ? new Null(sqlType) : value;
  }

  int size() {
    return statements;
  }

  String sql() {
    return sql.toString();
  }

  /**
   * Runs every statement in one round trip on the handle's connection and returns, per statement,
   * its update count (-1 for a query); {@code rows}, if given, receives every row of the last
   * statement if it is a query.
   */
  int[] run(Handle h, @Nullable RowSink rows) {
    Connection c = h.getConnection();
    try (PreparedStatement ps = c.prepareStatement(sql.toString())) {
      for (int i = 0; i < args.size(); i++) {
        bind(c, ps, i + 1, args.get(i));
      }
      int[] counts = new int[statements];
      boolean query = ps.execute();
      for (int k = 0; k < statements; k++) {
        if (k > 0) {
          query = ps.getMoreResults();
        }
        if (query) {
          counts[k] = -1;
          try (ResultSet rs = ps.getResultSet()) {
            while (rows != null && k == statements - 1 && rs.next()) {
              rows.accept(rs);
            }
          }
        } else {
          counts[k] = ps.getUpdateCount();
        }
      }
      return counts;
    } catch (SQLException e) {
      throw new UnableToExecuteStatementException(e.getMessage(), e, null);
    }
  }

  /** Reads a row of a pipeline's query. */
  interface RowSink {
    void accept(ResultSet rs) throws SQLException;
  }

  private static void bind(Connection c, PreparedStatement ps, int i, @Nullable Object v) throws SQLException {
    if (v instanceof String s) {
      ps.setString(i, s);
    } else if (v instanceof Long l) {
      ps.setLong(i, l);
    } else if (v instanceof Integer n) {
      ps.setInt(i, n);
    } else if (v instanceof Double d) {
      ps.setDouble(i, d);
    } else if (v instanceof BigDecimal b) {
      ps.setBigDecimal(i, b);
    } else if (v instanceof Null n) {
      ps.setNull(i, n.sqlType());
    } else if (v instanceof TextArray a) {
      ps.setArray(i, c.createArrayOf("text", a.values().toArray()));
    } else if (v instanceof LongArray a) {
      ps.setArray(i, c.createArrayOf("int8", a.values().toArray()));
    } else if (v == null) {
      throw new IllegalArgumentException("cannot bind an untyped null");
    } else {
      ps.setObject(i, v);
    }
  }
}
