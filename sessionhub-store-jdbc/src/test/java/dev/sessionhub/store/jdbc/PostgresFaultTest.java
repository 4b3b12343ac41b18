package dev.sessionhub.store.jdbc;

import static dev.sessionhub.store.jdbc.TestData.aSession;
import static dev.sessionhub.store.jdbc.TestData.activity;
import static dev.sessionhub.store.jdbc.TestData.comment;
import static dev.sessionhub.store.jdbc.TestData.insertOf;
import static dev.sessionhub.store.jdbc.TestData.next;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.sessionhub.error.StoreUnavailableException;
import dev.sessionhub.model.Session;
import dev.sessionhub.model.SessionMetadata;
import dev.sessionhub.spi.SessionStore;
import dev.sessionhub.spi.SessionWrite;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.net.ServerSocket;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("JDBC store on PostgreSQL under faults")
class PostgresFaultTest {

  private final DataSource ds = Engines.postgres();

  @Test
  @DisplayName("a write whose connection is killed half-way leaves nothing, and the next write works")
  void connectionKilledMidWrite() throws Exception {
    SessionStore store = JdbcStores.builder(ds).tablePrefix("flt_").build().sessionStore();
    Session s = aSession("k1").metadata(new SessionMetadata(List.of("t"), List.of(), null)).build();
    SessionWrite insert = new SessionWrite(s, 0, List.of(comment("k1", 1)), List.of(activity("k1", 1, "create")));

    assertThatThrownBy(() -> killedDuring(() -> store.insert(insert))).isInstanceOf(StoreUnavailableException.class)
        .hasCauseInstanceOf(RuntimeException.class);
    assertThat(store.find("k1")).isEmpty();
    assertThat(count("SELECT COUNT(*) FROM flt_session_access WHERE session_id = 'k1'")
        + count("SELECT COUNT(*) FROM flt_activity WHERE session_id = 'k1'")
        + count("SELECT COUNT(*) FROM flt_comments WHERE session_id = 'k1'")).isZero();

    store.insert(insert);
    Session v2 = next(s, b -> b.name("v2").metadata(new SessionMetadata(List.of("u"), List.of(), null)));
    SessionWrite update = new SessionWrite(v2, 1, List.of(comment("k1", 2)), List.of(activity("k1", 2, "update")));
    assertThatThrownBy(() -> killedDuring(() -> store.update(update))).isInstanceOf(StoreUnavailableException.class);
    assertThat(store.find("k1")).contains(s);
    assertThat(store.comments("k1", 0, 10)).hasSize(1);
    assertThat(store.activity("k1", 0, 10)).hasSize(1);
    assertThat(count("SELECT COUNT(*) FROM flt_session_tags WHERE session_id = 'k1' AND tag = 't'")).isEqualTo(1);

    store.update(update);
    assertThat(store.find("k1")).contains(v2);
  }

  /** Runs {@code write} while session_tags is locked, terminates its backend once it waits, rethrows its failure. */
  private void killedDuring(Runnable write) throws Throwable {
    try (Connection blocker = ds.getConnection(); Connection admin = ds.getConnection()) {
      blocker.setAutoCommit(false);
      blocker.createStatement().execute("LOCK TABLE flt_session_tags IN ACCESS EXCLUSIVE MODE");
      CompletableFuture<Void> running = CompletableFuture.runAsync(write);
      long pid = waitingBackend(admin);
      admin.createStatement().execute("SELECT pg_terminate_backend(" + pid + ")");
      blocker.rollback();
      try {
        running.get(20, TimeUnit.SECONDS);
      } catch (java.util.concurrent.ExecutionException e) {
        throw e.getCause();
      }
    }
  }

  private static long waitingBackend(Connection admin) throws SQLException, InterruptedException {
    for (int i = 0; i < 200; i++) {
      try (Statement st = admin.createStatement(); ResultSet rs = st.executeQuery("SELECT pid FROM pg_stat_activity"
          + " WHERE wait_event_type = 'Lock' AND query LIKE '%flt_session_tags%'")) {
        if (rs.next()) {
          return rs.getLong(1);
        }
      }
      Thread.sleep(25);
    }
    throw new AssertionError("the write never waited on the lock");
  }

  @Test
  @DisplayName("an unreachable database gives StoreUnavailableException in time; once it is up the same store works")
  void unreachableThenBack() throws Exception {
    int port;
    try (ServerSocket socket = new ServerSocket(0)) {
      port = socket.getLocalPort();
    }
    SessionStore store = JdbcStores.builder(Engines.postgresAt(port)).tablePrefix("back_").migration(Migration.SKIP)
        .connectTimeout(Duration.ofSeconds(2)).queryTimeout(Duration.ofSeconds(5))
        .readRetries(2, Duration.ofMillis(10)).build().sessionStore();
    long start = System.nanoTime();
    assertThatThrownBy(() -> store.find("x")).isInstanceOf(StoreUnavailableException.class).hasCauseInstanceOf(Exception.class);
    assertThatThrownBy(() -> store.insert(insertOf(aSession("x").build()))).isInstanceOf(StoreUnavailableException.class);
    assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(10));

    try (EmbeddedPostgres pg = EmbeddedPostgres.builder().setPort(port).start()) {
      JdbcStores.builder(pg.getPostgresDatabase()).tablePrefix("back_").build();
      assertThat(store.find("x")).isEmpty();
      store.insert(insertOf(aSession("x").build()));
      assertThat(store.find("x")).isPresent();
    }
  }

  private long count(String sql) throws SQLException {
    try (Connection c = ds.getConnection(); Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
      rs.next();
      return rs.getLong(1);
    }
  }
}
