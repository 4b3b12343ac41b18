package dev.sessionhub.internal.memory;

import dev.sessionhub.model.ActivityEntry;
import dev.sessionhub.model.Comment;
import dev.sessionhub.spi.SessionWrite;
import java.util.Objects;

/** Argument checks of the in-memory store: misuse of the port, not domain rules. */
final class Checks {

  private Checks() {}

  /** Checks an insert or an update, its comments and its activity belong to one session; returns its id. */
  static String write(SessionWrite write, boolean insert) {
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
