package dev.sessionhub.store.jdbc.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.CRC32;
import javax.sql.DataSource;

/**
 * Runs the versioned scripts of a dialect ({@code db/sessionhub/<dialect>/V<n>__<name>.sql}) that
 * the migrations table does not list yet, under a lock so that of several instances starting
 * together one migrates and the others then find the work done; or only checks that every table
 * and script is there.
 */
final class Migrator {

  /** The scripts in order; a new schema version appends one. */
  static final List<String> SCRIPTS = List.of("V1__sessions.sql", "V2__session_access.sql", "V3__drop_session_members.sql",
      "V4__member_lexemes.sql");

  private static final int LOCK_WAIT_SECONDS = 120;

  private final DataSource dataSource;
  private final Tables t;
  private final Dialect dialect;

  Migrator(DataSource dataSource, Tables t, Dialect dialect) {
    this.dataSource = dataSource;
    this.t = t;
    this.dialect = dialect;
  }

  /** Creates or upgrades the schema. */
  void migrate() throws SQLException {
    try (Connection c = dataSource.getConnection()) {
      c.setAutoCommit(true);
      createSchema(c);
      try (MigrationLock lock = MigrationLock.acquire(dataSource, c, t, dialect, LOCK_WAIT_SECONDS)) {
        String previous = currentSchema(c);
        useSchema(c, t.schema());
        try {
          runPending(c);
        } finally {
          useSchema(c, previous);
        }
      }
    }
  }

  /** Checks every table exists and every script ran; fails naming what is missing. */
  void validate() throws SQLException {
    List<String> missing = new ArrayList<>();
    try (Connection c = dataSource.getConnection()) {
      for (String table : dialect.tables()) {
        if (!exists(c, t.name(table))) {
          missing.add("table " + t.name(table));
        }
      }
      if (!exists(c, t.migrations())) {
        missing.add("table " + t.migrations());
      } else {
        Map<Integer, Long> applied = applied(c, t.migrations());
        for (Script s : scripts()) {
          if (!applied.containsKey(s.version())) {
            missing.add("migration " + s.name());
          }
        }
      }
    }
    if (!missing.isEmpty()) {
      throw new IllegalStateException("SessionHub JDBC schema is not up to date (migration mode VALIDATE): missing "
          + String.join(", ", missing) + "; run the scripts in " + dialect.scriptFolder()
          + " (placeholder prefix = '" + t.prefix() + "') or use Migration.CREATE_OR_UPGRADE");
    }
  }

  private void runPending(Connection c) throws SQLException {
    try (Statement st = c.createStatement()) {
      st.execute("CREATE TABLE IF NOT EXISTS " + t.prefix() + "migrations (version INTEGER NOT NULL,"
          + " description VARCHAR(200) NOT NULL, checksum BIGINT NOT NULL, installed_at VARCHAR(40) NOT NULL,"
          + " CONSTRAINT " + t.prefix() + "migrations_pk PRIMARY KEY (version))");
    }
    Map<Integer, Long> applied = applied(c, t.prefix() + "migrations");
    for (Script s : scripts()) {
      Long checksum = applied.get(s.version());
      if (checksum == null) {
        run(c, s);
      } else if (checksum != s.checksum()) {
        throw new IllegalStateException("SessionHub migration " + s.name() + " was changed after it ran:"
            + " checksum " + checksum + " in " + t.migrations() + ", " + s.checksum() + " in the jar");
      }
    }
  }

  /** Runs one script and records it; in one transaction where DDL is transactional (PostgreSQL, H2 data). */
  private void run(Connection c, Script s) throws SQLException {
    boolean transactional = dialect == Dialect.POSTGRESQL;
    c.setAutoCommit(!transactional);
    try {
      try (Statement st = c.createStatement()) {
        for (String sql : statements(s.text())) {
          st.execute(sql);
        }
      }
      try (PreparedStatement ps = c.prepareStatement("INSERT INTO " + t.prefix() + "migrations"
          + " (version, description, checksum, installed_at) VALUES (?, ?, ?, ?)")) {
        ps.setInt(1, s.version());
        ps.setString(2, s.description());
        ps.setLong(3, s.checksum());
        ps.setString(4, Instant.now().toString());
        ps.executeUpdate();
      }
      if (transactional) {
        c.commit();
      }
    } catch (SQLException | RuntimeException e) {
      if (transactional) {
        c.rollback();
      }
      throw e;
    } finally {
      c.setAutoCommit(true);
    }
  }

  /** The script's statements with placeholders replaced, split at semicolons ending a line. */
  private List<String> statements(String text) {
    String sql = text.replace("${prefix}", t.prefix());
    for (Map.Entry<String, String> p : dialect.placeholders().entrySet()) {
      sql = sql.replace("${" + p.getKey() + "}", p.getValue());
    }
    List<String> out = new ArrayList<>();
    StringBuilder current = new StringBuilder();
    for (String line : sql.split("\n")) {
      String trimmed = line.strip();
      if (trimmed.startsWith("--") || trimmed.isEmpty()) {
        continue;
      }
      current.append(line).append('\n');
      if (trimmed.endsWith(";")) {
        String statement = current.toString().strip();
        out.add(statement.substring(0, statement.length() - 1));
        current.setLength(0);
      }
    }
    return out;
  }

  private static Map<Integer, Long> applied(Connection c, String table) throws SQLException {
    Map<Integer, Long> applied = new HashMap<>();
    try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT version, checksum FROM " + table)) {
      while (rs.next()) {
        applied.put(rs.getInt(1), rs.getLong(2));
      }
    }
    return applied;
  }

  private static boolean exists(Connection c, String table) throws SQLException {
    boolean autoCommit = c.getAutoCommit();
    try (Statement st = c.createStatement()) {
      st.executeQuery("SELECT 1 FROM " + table + " WHERE 1 = 0").close();
      return true;
    } catch (SQLException e) {
      if (Failures.unavailable(e)) {
        throw e;
      }
      if (!autoCommit) {
        c.rollback();
      }
      return false;
    }
  }

  private void createSchema(Connection c) throws SQLException {
    String schema = t.schema();
    if (schema == null) {
      return;
    }
    try (Statement st = c.createStatement()) {
      st.execute((dialect.isMysqlFamily() ? "CREATE DATABASE IF NOT EXISTS " : "CREATE SCHEMA IF NOT EXISTS ")
          + schema);
    }
  }

  /** The connection's current schema setting, to restore after migrating (PG: the whole search_path). */
  private String currentSchema(Connection c) throws SQLException {
    if (dialect == Dialect.POSTGRESQL) {
      try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SHOW search_path")) {
        rs.next();
        return rs.getString(1);
      }
    }
    return dialect.isMysqlFamily() ? c.getCatalog() : c.getSchema();
  }

  private void useSchema(Connection c, String schema) throws SQLException {
    if (schema == null || t.schema() == null) {
      return;
    }
    if (dialect == Dialect.POSTGRESQL) {
      try (PreparedStatement ps = c.prepareStatement("SELECT set_config('search_path', ?, false)")) {
        ps.setString(1, schema);
        ps.executeQuery().close();
      }
    } else if (dialect.isMysqlFamily()) {
      c.setCatalog(schema);
    } else {
      // H2 keeps unquoted names upper-cased and setSchema takes the stored name.
      c.setSchema(schema.equals(t.schema()) ? schema.toUpperCase(java.util.Locale.ROOT) : schema);
    }
  }

  private List<Script> scripts() {
    List<Script> out = new ArrayList<>();
    for (String name : SCRIPTS) {
      out.add(Script.load(dialect.scriptFolder(), name));
    }
    return out;
  }

  /** One versioned script: {@code V<version>__<description>.sql}. */
  record Script(int version, String description, String name, String text, long checksum) {

    static Script load(String folder, String name) {
      try (InputStream in = Migrator.class.getClassLoader().getResourceAsStream(folder + name)) {
        if (in == null) {
          throw new IllegalStateException("migration script " + folder + name + " is missing from the jar");
        }
        String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        CRC32 crc = new CRC32();
        crc.update(text.getBytes(StandardCharsets.UTF_8));
        int sep = name.indexOf("__");
        int version = Integer.parseInt(name.substring(1, sep));
        String description = name.substring(sep + 2, name.length() - 4).replace('_', ' ');
        return new Script(version, description, name, text, crc.getValue());
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }
}
