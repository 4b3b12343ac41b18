package dev.sessionhub.benchmarks.jdbc;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;
import javax.sql.DataSource;

/** What {@link SeedSessions} recorded in {@code sessionhub_bench_seed}: users, terms, counts, sizes. */
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
