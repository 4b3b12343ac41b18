package dev.sessionhub.spring.autoconfigure;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.util.UUID;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A lease row per job in {@code <prefix>scheduler_locks}, shared by every instance on the
 * database: a lease is taken by an UPDATE of an expired row (or the INSERT of a missing one), so
 * exactly one of several instances racing for it wins, on PostgreSQL, MariaDB/MySQL and H2
 * alike. Lease times come from this instance's clock; instances are assumed to agree within
 * {@code lockAtLeast}. The table is created, if missing, on first use.
 */
final class JdbcPurgeLock implements PurgeLock {

  private static final Logger LOG = LoggerFactory.getLogger(JdbcPurgeLock.class);

  private final DataSource dataSource;
  private final String table;
  private final Clock clock;
  private final String holder;
  private volatile boolean tableReady;

  JdbcPurgeLock(DataSource dataSource, String table, Clock clock, String instance) {
    this.dataSource = dataSource;
    this.table = table;
    this.clock = clock;
    String id = instance + "/" + UUID.randomUUID();
    this.holder = id.length() > 255 ? id.substring(0, 255) : id;
  }

  @Override
  public boolean runExclusively(String name, Duration lockAtLeast, Duration lockAtMost, Runnable task) {
    long start = clock.millis();
    if (!acquire(name, start, start + lockAtMost.toMillis())) {
      return false;
    }
    try {
      task.run();
      return true;
    } finally {
      release(name, Math.max(clock.millis(), start + lockAtLeast.toMillis()));
    }
  }

  private boolean acquire(String name, long now, long until) {
    ensureTable();
    try (Connection c = dataSource.getConnection()) {
      c.setAutoCommit(true);
      try (PreparedStatement update = c.prepareStatement("UPDATE " + table
          + " SET locked_by = ?, locked_until = ? WHERE lock_name = ? AND locked_until <= ?")) {
        update.setString(1, holder);
        update.setLong(2, until);
        update.setString(3, name);
        update.setLong(4, now);
        if (update.executeUpdate() == 1) {
          return true;
        }
      }
      try (PreparedStatement insert = c.prepareStatement("INSERT INTO " + table
          + " (lock_name, locked_by, locked_until) VALUES (?, ?, ?)")) {
        insert.setString(1, name);
        insert.setString(2, holder);
        insert.setLong(3, until);
        insert.executeUpdate();
        return true;
      } catch (SQLException e) {
        if (isDuplicate(e)) {
          return false;
        }
        throw e;
      }
    } catch (SQLException e) {
      throw new IllegalStateException("could not take the lease " + name + " in " + table, e);
    }
  }

  private void release(String name, long until) {
    try (Connection c = dataSource.getConnection();
         PreparedStatement ps = c.prepareStatement("UPDATE " + table
             + " SET locked_until = ? WHERE lock_name = ? AND locked_by = ?")) {
      c.setAutoCommit(true);
      ps.setLong(1, until);
      ps.setString(2, name);
      ps.setString(3, holder);
      ps.executeUpdate();
    } catch (SQLException e) {
      LOG.warn("Could not shorten the lease {} in {}; it expires on its own", name, table, e);
    }
  }

  private void ensureTable() {
    if (tableReady) {
      return;
    }
    try (Connection c = dataSource.getConnection(); Statement st = c.createStatement()) {
      c.setAutoCommit(true);
      st.execute("CREATE TABLE IF NOT EXISTS " + table + " (lock_name VARCHAR(64) NOT NULL PRIMARY KEY,"
          + " locked_by VARCHAR(255) NOT NULL, locked_until BIGINT NOT NULL)");
    } catch (SQLException e) {
      // Another instance may have created it at the same moment (PostgreSQL reports that as a
      // duplicate); the statements that follow tell whether the table is there.
      LOG.debug("CREATE TABLE {} failed", table, e);
    }
    tableReady = true;
  }

  private static boolean isDuplicate(SQLException e) {
    String state = e.getSQLState();
    return state != null && state.startsWith("23");
  }
}
