package dev.sessionhub.store.jdbc.internal;

import dev.sessionhub.model.ActivityEntry;
import dev.sessionhub.model.Comment;
import dev.sessionhub.spi.SessionWrite;
import java.util.Objects;

/** Argument checks of the store: misuse of the port, reported as the in-memory store does. */
final class WriteChecks {

  private WriteChecks() {}

  /** Checks a write is an insert or an update as called, and all of it is one session's; its id. */
  static String check(SessionWrite write, boolean insert) {
    Objects.requireNonNull(write, "write");
    String id = write.session().id();
    if (write.isInsert() != insert) {
      throw new IllegalArgumentException((insert ? "insert" : "update") + " of session " + id
          + " cannot expect version " + write.expectedVersion());
    }
    for (Comment c : write.comments()) {
      sameSession(id, c.sessionId(), "comment " + c.id());
    }
    for (ActivityEntry e : write.activity()) {
      sameSession(id, e.sessionId(), "activity " + e.action());
    }
    return id;
  }

  private static void sameSession(String id, String other, String what) {
    if (!id.equals(other)) {
      throw new IllegalArgumentException(what + " of session " + other + " is in a write of session " + id);
    }
  }

  static void limit(int limit) {
    if (limit < 0) {
      throw new IllegalArgumentException("limit must not be negative: " + limit);
    }
  }
}
