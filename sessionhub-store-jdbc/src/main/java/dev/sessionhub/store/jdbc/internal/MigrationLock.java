package dev.sessionhub.store.jdbc.internal;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.zip.CRC32;
import javax.sql.DataSource;

/**
 * Makes migrations of one schema and prefix mutually exclusive across instances: a PostgreSQL
 * session advisory lock, a MariaDB/MySQL {@code GET_LOCK}, or on H2 a row lock held by a second
 * connection on a one-row lock table (H2 commits DDL, so the migrating connection cannot hold it).
 */
final class MigrationLock implements AutoCloseable {

  private final Connection c;
  private final Dialect dialect;
  private final String name;
  private final Connection h2LockConnection;

  private MigrationLock(Connection c, Dialect dialect, String name, Connection h2LockConnection) {
    this.c = c;
    this.dialect = dialect;
    this.name = name;
    this.h2LockConnection = h2LockConnection;
  }

  static MigrationLock acquire(DataSource ds, Connection c, Tables t, Dialect dialect, int waitSeconds)
      throws SQLException {
    String name = "sessionhub:" + (t.schema() == null ? "" : t.schema()) + ":" + t.prefix();
    switch (dialect) {
      case POSTGRESQL -> {
        pgLock(c, name, waitSeconds);
        return new MigrationLock(c, dialect, name, null);
      }
      case MARIADB, MYSQL -> {
        try (PreparedStatement ps = c.prepareStatement("SELECT GET_LOCK(?, ?)")) {
          ps.setString(1, name.length() > 64 ? name.substring(0, 64) : name);
          ps.setInt(2, waitSeconds);
          try (ResultSet rs = ps.executeQuery()) {
            if (!rs.next() || rs.getInt(1) != 1) {
              throw new SQLException("could not take the SessionHub migration lock " + name + " within "
                  + waitSeconds + " s");
            }
          }
        }
        return new MigrationLock(c, dialect, name, null);
      }
      case H2 -> {
        return new MigrationLock(c, dialect, name, h2Lock(ds, t, waitSeconds));
      }
      default -> throw new IllegalStateException("no migration lock for " + dialect);
    }
  }

  /** Polls pg_try_advisory_lock until the deadline, so a hung migrating instance cannot block others forever. */
  private static void pgLock(Connection c, String name, int waitSeconds) throws SQLException {
    long deadline = System.nanoTime() + waitSeconds * 1_000_000_000L;
    try (PreparedStatement ps = c.prepareStatement("SELECT pg_try_advisory_lock(?)")) {
      ps.setLong(1, key(name));
      while (true) {
        try (ResultSet rs = ps.executeQuery()) {
          if (rs.next() && rs.getBoolean(1)) {
            return;
          }
        }
        if (System.nanoTime() > deadline) {
          throw new SQLException("could not take the SessionHub migration lock " + name + " within " + waitSeconds + " s");
        }
        try {
          Thread.sleep(100);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          throw new SQLException("interrupted while waiting for the SessionHub migration lock " + name, e);
        }
      }
    }
  }

  private static Connection h2Lock(DataSource ds, Tables t, int waitSeconds) throws SQLException {
    Connection lock = ds.getConnection();
    try {
      lock.setAutoCommit(true);
      try (Statement st = lock.createStatement()) {
        st.execute("CREATE TABLE IF NOT EXISTS " + t.migrationLock() + " (id INTEGER NOT NULL,"
            + " CONSTRAINT " + t.prefix() + "migration_lock_pk PRIMARY KEY (id))");
        st.execute("MERGE INTO " + t.migrationLock() + " (id) KEY (id) VALUES (1)");
        st.execute("SET LOCK_TIMEOUT " + waitSeconds * 1000);
      }
      lock.setAutoCommit(false);
      try (Statement st = lock.createStatement()) {
        st.executeQuery("SELECT id FROM " + t.migrationLock() + " WHERE id = 1 FOR UPDATE").close();
      }
      return lock;
    } catch (SQLException | RuntimeException e) {
      lock.close();
      throw e;
    }
  }

  private static long key(String name) {
    CRC32 crc = new CRC32();
    crc.update(name.getBytes(StandardCharsets.UTF_8));
    return 0x5E55_0000_0000_0000L | crc.getValue();
  }

  @Override
  public void close() throws SQLException {
    switch (dialect) {
      case POSTGRESQL -> {
        try (PreparedStatement ps = c.prepareStatement("SELECT pg_advisory_unlock(?)")) {
          ps.setLong(1, key(name));
          ps.executeQuery().close();
        }
      }
      case MARIADB, MYSQL -> {
        try (PreparedStatement ps = c.prepareStatement("SELECT RELEASE_LOCK(?)")) {
          ps.setString(1, name.length() > 64 ? name.substring(0, 64) : name);
          ps.executeQuery().close();
        }
      }
      case H2 -> {
        try (Connection lock = h2LockConnection) {
          lock.commit();
        }
      }
      default -> { }
    }
  }
}
