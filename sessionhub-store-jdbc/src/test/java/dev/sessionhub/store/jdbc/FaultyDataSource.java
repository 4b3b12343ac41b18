package dev.sessionhub.store.jdbc;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.sql.SQLTransientConnectionException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;

/**
 * A real database's DataSource with one fault armed at a time, for the next connection taken:
 * the connection is refused, its third statement fails, or its commit fails before or after the
 * database committed (the connection broke before the answer). Failures carry SQLState 08006
 * (connection failure), as a driver reports a broken connection.
 */
final class FaultyDataSource extends DelegatingDataSource {

  /** Where the next connection fails. */
  enum Fault {
    /** {@code getConnection} is refused. */
    CONNECT,
    /** A write statement fails once part of the transaction was sent (see {@link #writes}). */
    STATEMENT,
    /** {@code commit} rolls back and fails: nothing is stored. */
    BEFORE_COMMIT,
    /** {@code commit} commits and then fails: stored, but the caller is told it failed. */
    AFTER_COMMIT
  }

  private final AtomicReference<@Nullable Fault> armed = new AtomicReference<>();

  FaultyDataSource(DataSource real) {
    super(real);
  }

  /** Makes the next connection taken fail this way. */
  void arm(Fault fault) {
    armed.set(fault);
  }

  /** Whether the armed fault has not fired yet. */
  boolean armed() {
    return armed.get() != null;
  }

  @Override
  public Connection getConnection() throws SQLException {
    Fault fault = armed.getAndSet(null);
    if (fault == Fault.CONNECT) {
      throw new SQLTransientConnectionException("connection refused (injected)", "08001");
    }
    Connection c = real.getConnection();
    return fault == null ? c : faulty(c, fault);
  }

  private static Connection faulty(Connection c, Fault fault) {
    AtomicInteger statements = new AtomicInteger();
    return (Connection) Proxy.newProxyInstance(Connection.class.getClassLoader(), new Class<?>[] {Connection.class},
        (proxy, method, args) -> {
          String name = method.getName();
          if (fault == Fault.STATEMENT && name.equals("prepareStatement") && args[0] instanceof String sql
              && writes(sql) && (statements.incrementAndGet() == 2 || sql.contains(";"))) {
            throw broken("statement");
          }
          if (name.equals("commit") && fault == Fault.BEFORE_COMMIT) {
            c.rollback();
            throw broken("commit, before it reached the database");
          }
          try {
            Object result = method.invoke(c, args);
            if (name.equals("commit") && fault == Fault.AFTER_COMMIT) {
              throw broken("commit, after the database committed");
            }
            return result;
          } catch (InvocationTargetException e) {
            throw e.getCause();
          }
        });
  }

  /**
   * Whether the SQL text changes data. The STATEMENT fault breaks the second such statement of a
   * write, or the first that sends several statements at once (PostgreSQL's pipelined writes):
   * in either case part of the write's transaction has been sent.
   */
  private static boolean writes(String sql) {
    for (String one : sql.split(";")) {
      String s = one.stripLeading().toUpperCase(java.util.Locale.ROOT);
      if (s.startsWith("INSERT") || s.startsWith("UPDATE") || s.startsWith("DELETE")) {
        return true;
      }
    }
    return false;
  }

  private static SQLException broken(String where) {
    return new SQLException("I/O error: the connection broke at the " + where + " (injected)", "08006");
  }

  @Override
  public Connection getConnection(String username, String password) throws SQLException {
    throw new SQLFeatureNotSupportedException();
  }
}
