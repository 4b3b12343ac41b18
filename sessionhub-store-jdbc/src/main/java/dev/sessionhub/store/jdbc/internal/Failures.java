package dev.sessionhub.store.jdbc.internal;

import dev.sessionhub.error.SessionHubException;
import dev.sessionhub.error.StoreUnavailableException;
import java.sql.SQLException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTimeoutException;
import java.sql.SQLTransientConnectionException;
import java.sql.SQLNonTransientConnectionException;
import org.jdbi.v3.core.ConnectionException;
import org.jdbi.v3.core.JdbiException;
import org.jspecify.annotations.Nullable;

/**
 * Classifies JDBC failures by SQLState and turns every database failure into one of core's
 * exceptions, so no Jdbi or driver type escapes a store: connection failures and timeouts become
 * {@link StoreUnavailableException}, any other failure of the database a {@link SessionHubException}
 * carrying it as the cause.
 */
final class Failures {

  private Failures() {}

  /** Whether the failure is a lost or refused connection or a timeout: the backend is unavailable. */
  static boolean unavailable(Throwable e) {
    if (e instanceof ConnectionException) {
      return true;
    }
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof SQLTransientConnectionException || t instanceof SQLNonTransientConnectionException
          || t instanceof SQLRecoverableException || t instanceof SQLTimeoutException) {
        return true;
      }
      String state = t instanceof SQLException s ? s.getSQLState() : null;
      if (state != null && (state.startsWith("08") || state.equals("57014") || state.equals("57P01")
          || state.equals("57P02") || state.equals("57P03") || state.equals("HYT00")
          || state.equals("70100"))) {
        return true;
      }
      if (t.getCause() == t) {
        break;
      }
    }
    return false;
  }

  /** Whether an idempotent read that failed this way may succeed when tried again. */
  static boolean retryable(Throwable e) {
    String state = sqlState(e);
    return unavailable(e) || "40001".equals(state) || "40P01".equals(state);
  }

  /** Whether the failure is a unique-key violation. */
  static boolean uniqueViolation(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof SQLException s) {
        String state = s.getSQLState();
        if ("23505".equals(state) || ("23000".equals(state) && s.getErrorCode() == 1062)) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * The failure as callers of the store see it: unavailability as StoreUnavailableException, any
   * other failure of Jdbi or the driver as SessionHubException. Core's own exceptions, and the
   * stores' internal signals (which are not database failures), pass unchanged.
   */
  static RuntimeException translate(RuntimeException e) {
    if (e instanceof SessionHubException) {
      return e;
    }
    if (unavailable(e)) {
      return new StoreUnavailableException("the SessionHub JDBC store cannot reach its database: "
          + rootMessage(e), e);
    }
    if (e instanceof JdbiException) {
      return new SessionHubException("the SessionHub JDBC store failed in its database: " + rootMessage(e), e);
    }
    return e;
  }

  private static @Nullable String sqlState(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof SQLException s && s.getSQLState() != null) {
        return s.getSQLState();
      }
    }
    return null;
  }

  private static String rootMessage(Throwable e) {
    Throwable root = e;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    return String.valueOf(root.getMessage());
  }
}
