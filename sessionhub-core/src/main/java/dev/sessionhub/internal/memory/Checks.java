package dev.sessionhub.internal.memory;

import dev.sessionhub.spi.SessionWrite;
import java.util.Objects;

/** Argument checks of the in-memory store: misuse of the port, not domain rules. */
final class Checks {

  private Checks() {}

  /** Checks a write is an insert or an update as called (SessionWrite checks the rest); returns its id. */
  static String write(SessionWrite write, boolean insert) {
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
