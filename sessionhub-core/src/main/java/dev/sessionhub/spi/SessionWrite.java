package dev.sessionhub.spi;

import dev.sessionhub.model.ActivityEntry;
import dev.sessionhub.model.Comment;
import dev.sessionhub.model.Session;
import java.util.List;
import java.util.Objects;

/**
 * One unit of work for a {@link SessionStore}: the new snapshot, the version it replaces, the
 * comments it adds or edits and the activity entries it appends. A store applies all of it or
 * none of it. The constructor rejects a write whose comments or activity entries belong to
 * another session, so no store needs to check that.
 *
 * @param session the new snapshot; its version is {@code expectedVersion + 1} (an insert, such
 *     as an import, may carry any version from 1)
 * @param expectedVersion the version being replaced, {@code 0} for an insert
 * @param comments comments to insert, or to replace when one with the same id is stored
 * @param activity entries to append (their {@code seq} is assigned by the store)
 */
public record SessionWrite(Session session, long expectedVersion, List<Comment> comments, List<ActivityEntry> activity) {

  /** Copies the lists and checks the version arithmetic and that all of it is one session's. */
  public SessionWrite {
    Objects.requireNonNull(session, "session");
    comments = List.copyOf(comments);
    activity = List.copyOf(activity);
    boolean ok = expectedVersion == 0 ? session.version() >= 1 : session.version() == expectedVersion + 1;
    if (expectedVersion < 0 || !ok) {
      throw new IllegalArgumentException("session " + session.id() + " version " + session.version()
          + " does not follow expected version " + expectedVersion);
    }
    for (Comment c : comments) {
      sameSession(session.id(), c.sessionId(), "comment " + c.id());
    }
    for (ActivityEntry e : activity) {
      sameSession(session.id(), e.sessionId(), "activity " + e.action());
    }
  }

  private static void sameSession(String id, String other, String what) {
    if (!id.equals(other)) {
      throw new IllegalArgumentException(what + " of session " + other + " is in a write of session " + id);
    }
  }

  /** Whether this write creates the session. */
  public boolean isInsert() {
    return expectedVersion == 0;
  }

  /**
   * For {@link SessionStore#insert}: refuses a write that is an update.
   *
   * @throws IllegalArgumentException if {@link #expectedVersion} is not 0
   */
  public void requireInsert() {
    if (!isInsert()) {
      throw new IllegalArgumentException("insert of session " + session.id() + " cannot expect version "
          + expectedVersion);
    }
  }

  /**
   * For {@link SessionStore#modify}: refuses a write that does not replace {@code current}.
   *
   * @throws IllegalArgumentException if this write is of another session or does not expect
   *     {@code current}'s version
   */
  public void requireModifies(Session current) {
    if (!session.id().equals(current.id()) || expectedVersion != current.version()) {
      throw new IllegalArgumentException("a change of session " + current.id() + " at version " + current.version()
          + " returned a write of session " + session.id() + " expecting version " + expectedVersion);
    }
  }

  /**
   * For {@link SessionStore#update}: refuses a write that is an insert.
   *
   * @throws IllegalArgumentException if {@link #expectedVersion} is 0
   */
  public void requireUpdate() {
    if (isInsert()) {
      throw new IllegalArgumentException("update of session " + session.id() + " cannot expect version 0");
    }
  }
}
