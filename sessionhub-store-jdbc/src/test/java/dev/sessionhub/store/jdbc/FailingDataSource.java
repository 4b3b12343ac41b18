package dev.sessionhub.store.jdbc;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.CallableStatement;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicBoolean;
import javax.sql.DataSource;

/**
 * A {@code DataSource} that can make the next write transaction fail part-way, as a lost
 * connection does: once {@link #failNextWrite() armed}, the second data-changing statement of the
 * next transaction throws an {@link SQLException} with SQLState {@code 08006} (connection
 * failure), or, when that transaction has only one, its commit does (the transaction is rolled
 * back first, as the server would on losing the connection). The contract kit's
 * {@code failNextWrite} hook for the JDBC store.
 */
final class FailingDataSource extends DelegatingDataSource {

  private static final String CONNECTION_FAILURE = "08006";

  private final AtomicBoolean armed = new AtomicBoolean();

  FailingDataSource(DataSource real) {
    super(real);
  }

  /** Makes the next write transaction on any connection of this source fail part-way. */
  void failNextWrite() {
    armed.set(true);
  }

  @Override
  public Connection getConnection() throws SQLException {
    return wrap(real.getConnection());
  }

  @Override
  public Connection getConnection(String username, String password) throws SQLException {
    return wrap(real.getConnection(username, password));
  }

  private Connection wrap(Connection c) {
    return (Connection) Proxy.newProxyInstance(Connection.class.getClassLoader(), new Class<?>[] {Connection.class},
        new ConnectionHandler(c));
  }

  /** Counts the data-changing statements of the current transaction and fails one when armed. */
  private final class ConnectionHandler implements InvocationHandler {
    private final Connection connection;
    private int writes;

    ConnectionHandler(Connection connection) {
      this.connection = connection;
    }

    @Override
    public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
      switch (method.getName()) {
        case "commit" -> {
          boolean fail = writes > 0 && armed.compareAndSet(true, false);
          writes = 0;
          if (fail) {
            connection.rollback();
            throw injected("commit");
          }
        }
        case "rollback" -> writes = 0;
        default -> { }
      }
      Object result = call(connection, method, args);
      if (result instanceof Statement st) {
        String sql = args != null && args.length > 0 && args[0] instanceof String s ? s : null;
        return statement(st, sql);
      }
      return result;
    }

    private Object statement(Statement st, String preparedSql) {
      Class<?> type = st instanceof CallableStatement ? CallableStatement.class
          : st instanceof PreparedStatement ? PreparedStatement.class : Statement.class;
      return Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type}, (p, m, a) -> {
        if (m.getName().startsWith("execute")) {
          String sql = a != null && a.length > 0 && a[0] instanceof String s ? s : preparedSql;
          beforeExecute(sql);
        }
        return call(st, m, a);
      });
    }

    private void beforeExecute(String sql) throws SQLException {
      if (sql == null || !changesData(sql)) {
        return;
      }
      writes++;
      if (writes >= 2 && armed.compareAndSet(true, false)) {
        throw injected("statement " + sql);
      }
    }
  }

  /** Whether any statement of the text (PostgreSQL's store sends several in one) changes data. */
  private static boolean changesData(String sql) {
    for (String one : sql.split(";")) {
      String s = one.stripLeading().toUpperCase(Locale.ROOT);
      if (s.startsWith("INSERT") || s.startsWith("UPDATE") || s.startsWith("DELETE") || s.startsWith("MERGE")
          || s.startsWith("REPLACE")) {
        return true;
      }
    }
    return false;
  }

  private static SQLException injected(String where) {
    return new SQLException("connection lost (injected by the test) at " + where, CONNECTION_FAILURE);
  }

  private static Object call(Object target, Method method, Object[] args) throws Throwable {
    try {
      return method.invoke(target, args);
    } catch (InvocationTargetException e) {
      throw e.getCause();
    }
  }
}
