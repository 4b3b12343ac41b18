package dev.sessionhub.benchmarks.jdbc;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;
import javax.sql.DataSource;

/**
 * What {@link SeedSessions} recorded in {@code sessionhub_bench_seed}: users, terms, counts, sizes.
 * Reading it is the benchmarks' gate: it refuses a database that is not seeded, was seeded by an
 * older seeder (another {@link SeedSessions#FORMAT}), or whose tables have no planner statistics
 * ({@code pg_class.reltuples} zero or no {@code pg_stats} rows): plans on such a database are not
 * the plans of production (issue 12).
 */
final class SeedInfo {

  private final Map<String, String> values;

  private SeedInfo(Map<String, String> values) {
    this.values = values;
  }

  static SeedInfo read(DataSource ds) {
    Map<String, String> values = new HashMap<>();
    try (Connection c = ds.getConnection(); Statement st = c.createStatement()) {
      try (ResultSet rs = st.executeQuery("SELECT to_regclass('sessionhub_bench_seed') IS NOT NULL")) {
        rs.next();
        if (!rs.getBoolean(1)) {
          throw new IllegalStateException("the database of " + BenchPostgres.dataDirectory() + " is not seeded;"
              + " run: java -cp sessionhub-benchmarks/target/benchmarks.jar dev.sessionhub.benchmarks.jdbc.SeedSessions");
        }
      }
      try (ResultSet rs = st.executeQuery("SELECT key, value FROM sessionhub_bench_seed")) {
        while (rs.next()) {
          values.put(rs.getString(1), rs.getString(2));
        }
      }
      if (!SeedSessions.FORMAT.equals(values.get("format"))) {
        throw new IllegalStateException("the database of " + BenchPostgres.dataDirectory() + " was seeded by an older"
            + " seeder (format " + values.get("format") + ", not " + SeedSessions.FORMAT + "); seed again with --reset");
      }
      for (String table : new String[] {"sessions", "session_access", "session_tags", "comments", "activity"}) {
        String name = PostgresHub.PREFIX + table;
        try (ResultSet rs = st.executeQuery("SELECT c.reltuples, (SELECT count(*) FROM pg_stats p WHERE"
            + " p.schemaname = current_schema() AND p.tablename = c.relname) FROM pg_class c WHERE c.oid = to_regclass('"
            + name + "')")) {
          if (!rs.next() || rs.getDouble(1) <= 0 || rs.getLong(2) == 0) {
            throw new IllegalStateException(name + " has no planner statistics (reltuples or pg_stats); the seed"
                + " is not analysed: run VACUUM (ANALYZE) or seed again with --reset");
          }
        }
      }
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
    return new SeedInfo(values);
  }

  String get(String key) {
    String v = values.get(key);
    if (v == null) {
      throw new IllegalStateException("sessionhub_bench_seed has no " + key + "; seed again with --reset");
    }
    return v;
  }

  /** The user id for a viewer name: {@code typical} or {@code lead}. */
  String user(String viewer) {
    return get("user." + viewer);
  }
}
