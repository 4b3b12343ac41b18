package dev.sessionhub.benchmarks.jdbc;

import dev.sessionhub.SessionHub;
import dev.sessionhub.cache.SessionCaches;
import dev.sessionhub.store.jdbc.JdbcStores;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * The state every JDBC benchmark shares: ONE embedded PostgreSQL 17 per fork on the fixed data
 * directory of {@link BenchPostgres} (so the sessions of {@link SeedSessions} are there), a
 * {@link PooledDataSource} on it, {@link JdbcStores} with their defaults (table prefix
 * {@code sh_}, the connection's schema, create-or-upgrade migration), and a hub on those stores
 * with {@link SessionCaches#none()}, so that every read goes to PostgreSQL.
 *
 * <p>The trial refuses a database that is not seeded and analysed ({@link SeedInfo#read}) and
 * prints the server's durability settings.
 *
 * <p>Sessions written by the benchmarks are owned by {@link #WRITER}. They are deleted when the
 * trial starts and ends (then the tables are vacuumed), so the seeded data stays as seeded.
 */
@State(Scope.Benchmark)
public class PostgresHub {

  /** The owner of every session the benchmarks create. No seeded session has this user. */
  public static final String WRITER = "bench-writer";

  /** The table prefix of the store's default configuration. */
  static final String PREFIX = "sh_";

  /** PostgreSQL's {@code synchronous_commit}: {@code on} (its default) or {@code off}. */
  @Param("on")
  public String synchronousCommit;

  EmbeddedPostgres postgres;
  PooledDataSource dataSource;
  JdbcStores stores;
  SessionHub hub;

  @Setup(Level.Trial)
  public void start() {
    postgres = BenchPostgres.start(Map.of("synchronous_commit", synchronousCommit));
    dataSource = new PooledDataSource(postgres.getPostgresDatabase());
    stores = JdbcStores.builder(dataSource).build();
    SeedInfo.read(dataSource);
    System.out.println("# " + durability());
    hub = SessionHub.builder()
        .sessionStore(stores.sessionStore())
        .templateStore(stores.templateStore())
        .cache(SessionCaches.none())
        .build();
    deleteWritten(false);
  }

  @TearDown(Level.Trial)
  public void stop() throws IOException {
    try {
      deleteWritten(true);
    } finally {
      dataSource.close();
      postgres.close();
    }
  }

  /** The server's durability settings, as {@code current_setting} reports them. */
  String durability() {
    try (Connection c = dataSource.getConnection(); Statement st = c.createStatement();
        java.sql.ResultSet rs = st.executeQuery("SELECT current_setting('fsync'), current_setting('synchronous_commit'),"
            + " current_setting('full_page_writes'), current_setting('wal_sync_method')")) {
      rs.next();
      return "PostgreSQL fsync=" + rs.getString(1) + ", synchronous_commit=" + rs.getString(2) + ", full_page_writes="
          + rs.getString(3) + ", wal_sync_method=" + rs.getString(4);
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Deletes every session owned by {@link #WRITER} with its rows; then vacuums if asked. */
  void deleteWritten(boolean vacuum) {
    String owned = "(SELECT id FROM " + PREFIX + "sessions WHERE owner_id = ?)";
    try (Connection c = dataSource.getConnection()) {
      int sessions;
      c.setAutoCommit(false);
      for (String child : new String[] {"activity", "comments", "session_access", "session_tags"}) {
        try (PreparedStatement ps = c.prepareStatement("DELETE FROM " + PREFIX + child + " WHERE session_id IN " + owned)) {
          ps.setString(1, WRITER);
          ps.executeUpdate();
        }
      }
      try (PreparedStatement ps = c.prepareStatement("DELETE FROM " + PREFIX + "sessions WHERE owner_id = ?")) {
        ps.setString(1, WRITER);
        sessions = ps.executeUpdate();
      }
      c.commit();
      c.setAutoCommit(true);
      if (vacuum && sessions > 0) {
        try (Statement st = c.createStatement()) {
          st.execute("VACUUM (ANALYZE) " + PREFIX + "sessions, " + PREFIX + "session_access, " + PREFIX
              + "session_tags, " + PREFIX + "activity");
        }
      }
    } catch (SQLException e) {
      throw new IllegalStateException("could not delete the sessions of " + WRITER, e);
    }
  }
}
