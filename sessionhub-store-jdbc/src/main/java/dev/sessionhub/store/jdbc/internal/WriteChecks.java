package dev.sessionhub.store.jdbc.internal;

import dev.sessionhub.spi.SessionWrite;
import java.util.Objects;

/** Argument checks of the store: misuse of the port, reported as the in-memory store does. */
final class WriteChecks {

  private WriteChecks() {}

  /** Checks a write is an insert or an update as called (SessionWrite checks the rest); returns its id. */
  static String check(SessionWrite write, boolean insert) {
    Objects.requireNonNull(write, "write");
    String id = write.session().id();
    if (write.isInsert() != insert) {
      throw new IllegalArgumentException((insert ? "insert" : "update") + " of session " + id
          + " cannot expect version " + write.expectedVersion());
    }
    return id;
  }

  static void limit(int limit) {
    if (limit < 0) {
      throw new IllegalArgumentException("limit must not be negative: " + limit);
    }
  }
}
