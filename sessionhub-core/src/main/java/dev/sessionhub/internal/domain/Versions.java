package dev.sessionhub.internal.domain;

import dev.sessionhub.error.ConflictException;
import dev.sessionhub.model.Session;

/**
 * The optimistic-concurrency rule, in one place. Every stored change raises a session's
 * {@link Session#version() version}; only edits (changes that name the version they read) raise
 * its {@link Session#editVersion() edit version}. An edit naming version {@code v} is applied to
 * the current snapshot when nothing but appends (comments, learnings, uploads, which commute
 * with every edit) happened since {@code v}; after another edit it conflicts.
 */
public final class Versions {

  private Versions() {}

  /**
   * Refuses an edit that read version {@code expected} when another edit was stored since, or
   * when no such version was ever read from this session.
   *
   * @throws ConflictException naming {@code expected} and the current version
   */
  public static void requireNoEditSince(Session current, long expected) {
    if (expected < current.editVersion() || expected > current.version()) {
      throw new ConflictException(current.id(), expected, current.version());
    }
  }

  /**
   * The snapshot a change makes, stamped: the next version, and for an edit the same edit
   * version.
   *
   * @param current the stored snapshot the change was applied to
   * @param changed the changed snapshot (its version fields are replaced)
   * @param edit whether the change is an edit (names a version) rather than an append
   */
  public static Session.Builder next(Session current, Session changed, boolean edit) {
    long version = current.version() + 1;
    return changed.toBuilder().version(version).editVersion(edit ? version : current.editVersion());
  }
}
