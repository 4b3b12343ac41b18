package dev.sessionhub.store.jdbc;

import static dev.sessionhub.store.jdbc.TestData.aSession;
import static dev.sessionhub.store.jdbc.TestData.activity;
import static dev.sessionhub.store.jdbc.TestData.comment;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.sessionhub.error.StoreUnavailableException;
import dev.sessionhub.model.Session;
import dev.sessionhub.model.SessionMetadata;
import dev.sessionhub.spi.SessionStore;
import dev.sessionhub.spi.SessionWrite;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("JDBC store on MariaDB under faults")
class MariaDbFaultTest {

  private final DataSource ds = Engines.mariadb();

  @Test
  @DisplayName("an insert whose connection is killed half-way leaves nothing, and the next write works")
  void connectionKilledMidWrite() throws Exception {
    SessionStore store = JdbcStores.builder(ds).tablePrefix("mflt_").build().sessionStore();
    Session s = aSession("k1").metadata(new SessionMetadata(List.of("t"), List.of(), null)).build();
    SessionWrite insert = new SessionWrite(s, 0, List.of(comment("k1", 1)), List.of(activity("k1", 1, "create")));

    try (Connection blocker = ds.getConnection(); Connection admin = ds.getConnection()) {
      // A gap lock where k1's members would go: the store's transaction writes the session row,
      // then waits to insert its members.
      blocker.setAutoCommit(false);
      blocker.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
      blocker.createStatement().executeQuery("SELECT * FROM mflt_session_access WHERE session_id = 'k1' FOR UPDATE").close();
      CompletableFuture<Void> running = CompletableFuture.runAsync(() -> store.insert(insert));
      long id = waitingConnection(admin);
      admin.createStatement().execute("KILL CONNECTION " + id);
      blocker.rollback();
      assertThatThrownBy(() -> {
        try {
          running.get(20, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
          throw e.getCause();
        }
      }).isInstanceOf(StoreUnavailableException.class);
    }
    assertThat(store.find("k1")).isEmpty();
    assertThat(count("SELECT COUNT(*) FROM mflt_session_access WHERE session_id = 'k1'")
        + count("SELECT COUNT(*) FROM mflt_activity WHERE session_id = 'k1'")
        + count("SELECT COUNT(*) FROM mflt_comments WHERE session_id = 'k1'")).isZero();
    store.insert(insert);
    assertThat(store.find("k1")).contains(s);
  }

  private static long waitingConnection(Connection admin) throws SQLException, InterruptedException {
    for (int i = 0; i < 200; i++) {
      try (Statement st = admin.createStatement(); ResultSet rs = st.executeQuery("SELECT id FROM information_schema.processlist"
          + " WHERE state = 'Update' AND info LIKE '%INSERT INTO mflt_session_access%' AND info NOT LIKE '%processlist%'")) {
        if (rs.next()) {
          return rs.getLong(1);
        }
      }
      Thread.sleep(25);
    }
    StringBuilder all = new StringBuilder();
    try (Statement st = admin.createStatement(); ResultSet rs = st.executeQuery("SELECT id, command, state, info FROM information_schema.processlist")) {
      while (rs.next()) {
        all.append(rs.getLong(1)).append(' ').append(rs.getString(2)).append(" | ").append(rs.getString(3)).append(" | ").append(rs.getString(4)).append('\n');
      }
    }
    throw new AssertionError("the write never waited on the lock:\n" + all);
  }

  private long count(String sql) throws SQLException {
    try (Connection c = ds.getConnection(); Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
      rs.next();
      return rs.getLong(1);
    }
  }
}
