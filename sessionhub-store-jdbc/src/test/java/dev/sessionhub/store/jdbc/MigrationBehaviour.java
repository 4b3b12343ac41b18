package dev.sessionhub.store.jdbc;

import static dev.sessionhub.store.jdbc.TestData.aSession;
import static dev.sessionhub.store.jdbc.TestData.insertOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.sessionhub.model.SessionQuery;
import dev.sessionhub.spi.SessionSearch;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** Migration modes, the migration lock, and the table prefix and schema, checked in the catalog. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class MigrationBehaviour {

  protected DataSource dataSource;

  protected abstract DataSource createDataSource();

  /** The database's name for the connection's default schema, as information_schema spells it. */
  protected abstract String defaultSchema();

  @BeforeAll
  void start() {
    dataSource = createDataSource();
  }

  @Test
  @DisplayName("migrating an empty database and again leaves one recorded script and working stores")
  void idempotent() throws SQLException {
    JdbcStores.builder(dataSource).tablePrefix("idem_").build();
    JdbcStores again = JdbcStores.builder(dataSource).tablePrefix("idem_").build();
    assertThat(count("SELECT COUNT(*) FROM idem_migrations")).isEqualTo(1);
    again.sessionStore().insert(insertOf(aSession("m").build()));
    assertThat(again.sessionStore().find("m")).isPresent();
  }

  @Test
  @DisplayName("instances migrating at once all start, and the scripts run once")
  void concurrent() throws Exception {
    int n = 4;
    ExecutorService pool = Executors.newFixedThreadPool(n);
    CountDownLatch go = new CountDownLatch(1);
    List<Future<JdbcStores>> started = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      started.add(pool.submit(() -> {
        go.await();
        return JdbcStores.builder(dataSource).tablePrefix("conc_").build();
      }));
    }
    go.countDown();
    for (Future<JdbcStores> f : started) {
      assertThat(f.get().sessionStore().find("x")).isEmpty();
    }
    pool.shutdown();
    assertThat(count("SELECT COUNT(*) FROM conc_migrations")).isEqualTo(1);
  }

  @Test
  @DisplayName("the prefix and schema apply to every table and index")
  void prefixAndSchema() throws SQLException {
    JdbcStores stores = JdbcStores.builder(dataSource).schema("shx").tablePrefix("px_").build();
    stores.sessionStore().insert(insertOf(aSession("p").build()));
    assertThat(stores.sessionStore().search(new SessionSearch(SessionQuery.builder().text("session").build(),
        TestData.OWNER, null, 10))).hasSize(1);
    List<String> tables = names(tablesIn(schemaName("shx")));
    List<String> indexes = names(indexesIn(schemaName("shx")));
    assertThat(tables).hasSizeGreaterThanOrEqualTo(7).allSatisfy(t -> assertThat(t).startsWith("px_"));
    assertThat(indexes).hasSizeGreaterThanOrEqualTo(10).allSatisfy(i -> assertThat(i).startsWith("px_"));
    assertThat(names("SELECT constraint_name FROM information_schema.table_constraints WHERE table_schema = '"
        + schemaName("shx") + "' AND constraint_type IN ('PRIMARY KEY', 'UNIQUE', 'FOREIGN KEY') AND constraint_name <> 'PRIMARY'"))
        .hasSizeGreaterThanOrEqualTo(5).allSatisfy(c -> assertThat(c).startsWith("px_"));
    assertThat(names(tablesIn(defaultSchema()))).noneMatch(t -> t.startsWith("px_"));
  }

  @Test
  @DisplayName("validate-only fails at start naming a missing table, and passes on a complete schema")
  void validate() throws SQLException {
    assertThatThrownBy(() -> JdbcStores.builder(dataSource).tablePrefix("val_").migration(Migration.VALIDATE).build())
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("val_sessions").hasMessageContaining("val_migrations");
    JdbcStores.builder(dataSource).tablePrefix("val_").build();
    JdbcStores.builder(dataSource).tablePrefix("val_").migration(Migration.VALIDATE).build();
    try (Connection c = dataSource.getConnection(); Statement st = c.createStatement()) {
      st.execute("DROP TABLE val_comments");
    }
    assertThatThrownBy(() -> JdbcStores.builder(dataSource).tablePrefix("val_").migration(Migration.VALIDATE).build())
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("table val_comments")
        .hasMessageNotContaining("val_sessions");
  }

  @Test
  @DisplayName("skip touches nothing")
  void skip() throws SQLException {
    JdbcStores.builder(dataSource).tablePrefix("skip_").migration(Migration.SKIP).build();
    assertThat(names(tablesIn(defaultSchema()))).noneMatch(t -> t.startsWith("skip_"));
  }

  private String schemaName(String schema) throws SQLException {
    try (Connection c = dataSource.getConnection()) {
      return c.getMetaData().getDatabaseProductName().equals("H2") ? schema.toUpperCase(Locale.ROOT) : schema;
    }
  }

  private String tablesIn(String schema) {
    return "SELECT table_name FROM information_schema.tables WHERE table_schema = '" + schema + "'";
  }

  private String indexesIn(String schema) throws SQLException {
    try (Connection c = dataSource.getConnection()) {
      return switch (c.getMetaData().getDatabaseProductName()) {
        case "PostgreSQL" -> "SELECT indexname FROM pg_indexes WHERE schemaname = '" + schema + "'";
        // H2 names the index behind a primary key itself (PRIMARY_KEY_n), as MariaDB does (PRIMARY);
        // the constraints, named by the scripts, are checked with the prefix below.
        case "H2" -> "SELECT index_name FROM information_schema.indexes WHERE table_schema = '" + schema
            + "' AND index_type_name <> 'PRIMARY KEY'";
        default -> "SELECT DISTINCT index_name FROM information_schema.statistics WHERE table_schema = '" + schema
            + "' AND index_name <> 'PRIMARY'";
      };
    }
  }

  private List<String> names(String sql) throws SQLException {
    List<String> out = new ArrayList<>();
    try (Connection c = dataSource.getConnection(); Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
      while (rs.next()) {
        out.add(rs.getString(1).toLowerCase(Locale.ROOT));
      }
    }
    return out;
  }

  private long count(String sql) throws SQLException {
    try (Connection c = dataSource.getConnection(); Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
      rs.next();
      return rs.getLong(1);
    }
  }
}
