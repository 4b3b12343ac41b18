package dev.sessionhub.store.jdbc;

import static dev.sessionhub.store.jdbc.TestData.aSession;
import static dev.sessionhub.store.jdbc.TestData.insertOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.sessionhub.model.SessionQuery;
import dev.sessionhub.spi.SessionSearch;
import dev.sessionhub.model.Collaborator;
import dev.sessionhub.model.Role;
import dev.sessionhub.model.Session;
import dev.sessionhub.model.SessionStatus;
import dev.sessionhub.model.SortDirection;
import dev.sessionhub.model.SortKey;
import dev.sessionhub.spi.SearchText;
import dev.sessionhub.spi.SessionStore;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.zip.CRC32;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
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
    assertThat(count("SELECT COUNT(*) FROM idem_migrations")).isEqualTo(4);
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
    assertThat(count("SELECT COUNT(*) FROM conc_migrations")).isEqualTo(4);
  }

  @Test
  @DisplayName("a version-1 schema with sessions (and a stale copy of a failed attempt) upgrades and finds the same sessions in every order")
  void upgradeFromVersion1() throws Exception {
    // Sessions written by the current store under "src_", copied into a schema built by the
    // unchanged V1 script under "upg_" (its member table has no status or times), then upgraded.
    SessionStore source = JdbcStores.builder(dataSource).tablePrefix("src_").build().sessionStore();
    String longWord = "z".repeat(200);
    List<Session> written = new ArrayList<>();
    for (int i = 0; i < 12; i++) {
      Session s = aSession("u" + i).updatedAt(TestData.T0.plusSeconds(i * 7L % 12)).createdAt(TestData.T0)
          .status(i % 3 == 0 ? SessionStatus.PAUSED : SessionStatus.ACTIVE)
          .description(i == 0 ? longWord + " short" : "")
          .collaborators(List.of(new Collaborator(TestData.OWNER, Role.OWNER, TestData.T0),
              new Collaborator(i % 2 == 0 ? "even" : "odd", Role.VIEWER, TestData.T0)))
          .build();
      source.insert(insertOf(s));
      written.add(s);
    }
    String product;
    try (Connection c = dataSource.getConnection(); Statement st = c.createStatement()) {
      product = c.getMetaData().getDatabaseProductName();
      String folder = scriptFolder(product);
      String v1 = script(folder, "V1__sessions.sql");
      for (String statement : statements(v1)) {
        st.execute(statement);
      }
      CRC32 crc = new CRC32();
      crc.update(v1.getBytes(StandardCharsets.UTF_8));
      st.execute("CREATE TABLE upg_migrations (version INTEGER NOT NULL, description VARCHAR(200) NOT NULL,"
          + " checksum BIGINT NOT NULL, installed_at VARCHAR(40) NOT NULL, CONSTRAINT upg_migrations_pk PRIMARY KEY (version))");
      st.execute("INSERT INTO upg_migrations VALUES (1, 'sessions', " + crc.getValue() + ", '2026-01-01T00:00:00Z')");
      st.execute("INSERT INTO upg_sessions SELECT * FROM src_sessions");
      st.execute("INSERT INTO upg_session_members (session_id, user_id, role) SELECT session_id, user_id, role FROM src_session_access");
      st.execute("INSERT INTO upg_session_tags SELECT * FROM src_session_tags");
      if (product.equals("H2")) {
        st.execute("INSERT INTO upg_session_words SELECT * FROM src_session_words");
      }
      // An earlier attempt at V2 that failed after creating session_access and copying a member
      // who has since been removed: the retry must not keep that row (it would grant access).
      for (String statement : statements(script(folder, "V2__session_access.sql"))) {
        if (statement.startsWith("CREATE TABLE")) {
          st.execute(statement);
        }
      }
      st.execute("INSERT INTO upg_session_access VALUES ('u1', 'ghost', 'VIEWER', 'ACTIVE', 0, 0)");
      if (product.equals("PostgreSQL")) {
        // Version 1 stored every word as it is, however long.
        try (PreparedStatement ps = c.prepareStatement(
            "UPDATE upg_sessions SET search = array_to_tsvector(string_to_array(?, ' ')) WHERE id = ?")) {
          for (Session s : written) {
            ps.setString(1, String.join(" ", SearchText.of(s)));
            ps.setString(2, s.id());
            ps.executeUpdate();
          }
        }
      }
    }

    SessionStore upgraded = JdbcStores.builder(dataSource).tablePrefix("upg_").build().sessionStore();

    assertThat(count("SELECT COUNT(*) FROM upg_migrations")).isEqualTo(4);
    assertThat(count("SELECT COUNT(*) FROM upg_session_access")).isEqualTo(24);
    assertThat(names(tablesIn(defaultSchema()))).doesNotContain("upg_session_members").contains("upg_session_access");
    for (String viewer : List.of(TestData.OWNER, "even", "odd")) {
      for (SortKey sort : SortKey.values()) {
        for (SortDirection dir : SortDirection.values()) {
          SessionSearch search = new SessionSearch(SessionQuery.builder().sort(sort, dir).build(), viewer, null, 50);
          List<String> expected = source.search(search).stream().map(Session::id).toList();
          assertThat(upgraded.search(search)).extracting(Session::id).as("%s %s %s", viewer, sort, dir)
              .isNotEmpty().containsExactlyElementsOf(expected);
        }
      }
    }
    assertThat(upgraded.search(new SessionSearch(SessionQuery.builder().build(), "ghost", null, 50))).isEmpty();
    SessionSearch byLongWord = new SessionSearch(SessionQuery.builder().text(longWord).build(), TestData.OWNER, null, 50);
    assertThat(upgraded.search(byLongWord)).extracting(Session::id).containsExactly("u0");
    SessionSearch paused = new SessionSearch(SessionQuery.builder().status(SessionStatus.PAUSED).build(), "even", null, 50);
    assertThat(upgraded.search(paused)).extracting(Session::id).containsExactlyInAnyOrder("u0", "u6");
  }

  @Test
  @DisplayName("Flyway runs the scripts as they are, and the store works on its schema with migration SKIP")
  void flyway() throws SQLException {
    String product;
    try (Connection c = dataSource.getConnection()) {
      product = c.getMetaData().getDatabaseProductName();
    }
    String folder = scriptFolder(product);
    Flyway flyway = Flyway.configure().dataSource(dataSource)
        .locations("classpath:db/sessionhub/" + folder)
        .placeholders(Map.of("prefix", "fw_", "collation", "utf8mb4_nopad_bin"))
        .table("fw_flyway_history")
        // The schema already holds other tests' tables, as a host application's schema would.
        .baselineOnMigrate(true).baselineVersion("0")
        .load();
    assertThat(flyway.migrate().migrationsExecuted).isEqualTo(4);
    assertThat(flyway.migrate().migrationsExecuted).isZero();

    SessionStore store = JdbcStores.builder(dataSource).tablePrefix("fw_").migration(Migration.SKIP).build().sessionStore();
    store.insert(insertOf(aSession("f").name("flyway works").build()));
    assertThat(store.search(new SessionSearch(SessionQuery.builder().text("flyway").build(), TestData.OWNER, null, 10)))
        .extracting(Session::id).containsExactly("f");
    assertThat(names(tablesIn(defaultSchema()))).contains("fw_session_access", "fw_sessions").doesNotContain("fw_session_members");
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

  /** The folder of the scripts for a database product name. */
  private static String scriptFolder(String product) {
    return switch (product) {
      case "PostgreSQL" -> "postgresql";
      case "H2" -> "h2";
      default -> "mariadb";
    };
  }

  private String script(String folder, String name) throws IOException {
    try (InputStream in = getClass().getClassLoader().getResourceAsStream("db/sessionhub/" + folder + "/" + name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  /** The statements of a script for prefix "upg_", comments left out. */
  private static List<String> statements(String script) {
    List<String> out = new ArrayList<>();
    for (String sql : script.replace("${prefix}", "upg_").replace("${collation}", "utf8mb4_nopad_bin").split(";\\s*\n")) {
      String statement = sql.lines().filter(l -> !l.strip().startsWith("--")).collect(Collectors.joining("\n")).strip();
      if (!statement.isEmpty()) {
        out.add(statement);
      }
    }
    return out;
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
