package dev.sessionhub.store.jdbc;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.sessionhub.error.SessionHubException;
import dev.sessionhub.error.StoreUnavailableException;
import dev.sessionhub.spi.SessionStore;
import dev.sessionhub.spi.TemplateStore;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import javax.sql.DataSource;
import org.jdbi.v3.core.JdbiException;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("A database error that is not a lost connection")
class DatabaseErrorsTest {

  @Test
  @DisplayName("reaches callers of every store method as a SessionHubException with the Jdbi error as cause, never as Jdbi's type")
  void translated() throws SQLException {
    DataSource ds = Engines.h2();
    JdbcStores stores = JdbcStores.builder(ds).tablePrefix("e_").build();
    try (Connection c = ds.getConnection(); Statement st = c.createStatement()) {
      for (String table : new String[] {"activity", "comments", "session_tags", "session_words", "session_access", "sessions",
          "templates"}) {
        st.execute("DROP TABLE IF EXISTS e_" + table + " CASCADE");
      }
    }
    SessionStore sessions = stores.sessionStore();
    TemplateStore templates = stores.templateStore();
    for (Runnable call : new Runnable[] {
        () -> sessions.find("s1"), () -> sessions.findComment("s1", "c1"), () -> sessions.comments("s1", 0, 10),
        () -> sessions.activity("s1", 0, 10), () -> sessions.archivedBefore(Instant.EPOCH, null, 10),
        () -> sessions.insert(TestData.insertOf(TestData.aSession("s1").build())),
        () -> templates.latest("t"), () -> templates.find("t", 1), () -> templates.versions("t"), templates::latestOfAll}) {
      assertThatThrownBy(call::run).isExactlyInstanceOf(SessionHubException.class)
          .isNotInstanceOf(StoreUnavailableException.class).hasCauseInstanceOf(JdbiException.class);
    }
  }
}
