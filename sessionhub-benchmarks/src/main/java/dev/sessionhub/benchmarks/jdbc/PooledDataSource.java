package dev.sessionhub.benchmarks.jdbc;

import java.io.PrintWriter;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * The smallest connection pool that does what a host's pool (HikariCP and the like) does for the
 * store: physical connections are opened once and reused, so a call pays for a borrowed
 * connection, not for a PostgreSQL login (several milliseconds). {@code close()} on a borrowed
 * connection rolls back an open transaction, restores auto-commit, read-only and the isolation
 * level, and returns it. Unbounded (the benchmarks use one thread); thread-safe.
 *
 * <p>The benchmarks cannot use HikariCP: the root POM manages no version of it. The store and the
 * hand-written JDBC baseline borrow from the same pool, so it costs both the same.
 */
final class PooledDataSource implements DataSource, AutoCloseable {

  private final DataSource physical;
  private final ArrayDeque<Connection> idle = new ArrayDeque<>();
  private final List<Connection> all = new ArrayList<>();
  private final java.util.Map<Connection, Integer> isolations = new java.util.IdentityHashMap<>();
  private boolean closed;

  PooledDataSource(DataSource physical) {
    this.physical = physical;
  }

  @Override
  public Connection getConnection() throws SQLException {
    Connection c;
    synchronized (this) {
      if (closed) {
        throw new SQLException("pool closed");
      }
      c = idle.poll();
    }
    if (c == null || c.isClosed()) {
      c = physical.getConnection();
      int isolation = c.getTransactionIsolation();
      synchronized (this) {
        all.add(c);
        isolations.put(c, isolation);
      }
    }
    int isolation;
    synchronized (this) {
      isolation = isolations.get(c);
    }
    return borrowed(c, isolation);
  }

  @Override
  public Connection getConnection(String username, String password) throws SQLException {
    throw new SQLFeatureNotSupportedException("the pool has one set of credentials");
  }

  /** How many physical connections were opened. */
  synchronized int opened() {
    return all.size();
  }

  @Override
  public void close() {
    List<Connection> toClose;
    synchronized (this) {
      closed = true;
      toClose = new ArrayList<>(all);
      all.clear();
      isolations.clear();
      idle.clear();
    }
    for (Connection c : toClose) {
      try {
        c.close();
      } catch (SQLException e) {
        // closing anyway
      }
    }
  }

  private Connection borrowed(Connection c, int isolation) {
    InvocationHandler handler = new InvocationHandler() {
      private boolean returned;
      private boolean isolationChanged;

      @Override
      public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
        switch (method.getName()) {
          case "close":
            if (!returned) {
              returned = true;
              giveBack(c, isolationChanged ? isolation : -1);
            }
            return null;
          case "setTransactionIsolation":
            isolationChanged = true;
            return invokeOn(c, method, args);
          case "isClosed":
            return returned || c.isClosed();
          case "equals":
            return proxy == args[0];
          case "hashCode":
            return System.identityHashCode(proxy);
          case "toString":
            return "pooled " + c;
          default:
            if (returned) {
              throw new SQLException("connection returned to the pool");
            }
            return invokeOn(c, method, args);
        }
      }
    };
    return (Connection) Proxy.newProxyInstance(Connection.class.getClassLoader(),
        new Class<?>[] {Connection.class}, handler);
  }

  private static Object invokeOn(Connection c, Method method, Object[] args) throws Throwable {
    try {
      return method.invoke(c, args);
    } catch (InvocationTargetException e) {
      throw e.getCause();
    }
  }

  /** Resets what a borrower may have changed; {@code isolation} is -1 when it was not changed. */
  private void giveBack(Connection c, int isolation) throws SQLException {
    try {
      if (!c.getAutoCommit()) {
        c.rollback();
        c.setAutoCommit(true);
      }
      if (c.isReadOnly()) {
        c.setReadOnly(false);
      }
      if (isolation >= 0) {
        c.setTransactionIsolation(isolation);
      }
      c.clearWarnings();
    } catch (SQLException e) {
      discard(c);
      throw e;
    }
    synchronized (this) {
      if (closed) {
        c.close();
      } else {
        idle.push(c);
      }
    }
  }

  private void discard(Connection c) {
    synchronized (this) {
      all.remove(c);
      isolations.remove(c);
    }
    try {
      c.close();
    } catch (SQLException e) {
      // broken anyway
    }
  }

  @Override
  public PrintWriter getLogWriter() {
    return null;
  }

  @Override
  public void setLogWriter(PrintWriter out) {
    // no logging
  }

  @Override
  public void setLoginTimeout(int seconds) throws SQLException {
    physical.setLoginTimeout(seconds);
  }

  @Override
  public int getLoginTimeout() throws SQLException {
    return physical.getLoginTimeout();
  }

  @Override
  public Logger getParentLogger() throws SQLFeatureNotSupportedException {
    throw new SQLFeatureNotSupportedException();
  }

  @Override
  public <T> T unwrap(Class<T> iface) throws SQLException {
    if (iface.isInstance(this)) {
      return iface.cast(this);
    }
    throw new SQLException("not a wrapper of " + iface);
  }

  @Override
  public boolean isWrapperFor(Class<?> iface) {
    return iface.isInstance(this);
  }
}
