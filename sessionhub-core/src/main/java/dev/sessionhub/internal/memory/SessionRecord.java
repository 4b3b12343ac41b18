package dev.sessionhub.internal.memory;

import dev.sessionhub.model.ActivityEntry;
import dev.sessionhub.model.Session;
import dev.sessionhub.spi.SessionWrite;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * Everything stored for one session at one version, immutable: the snapshot, its search words
 * (computed once per write), its comments and its activity. A write replaces the whole record
 * at once, so a reader sees a snapshot together with the comments and activity written with it.
 *
 * @param session the snapshot
 * @param words the lower-cased words text search matches against, joined ({@link SearchWords})
 * @param comments the session's comments
 * @param activity the session's activity log
 */
record SessionRecord(Session session, String words, CommentLog comments, ActivityLog activity) {

  /**
   * The record a write creates, for a session not stored yet.
   *
   * @param words the search words of the write's snapshot
   * @param numbering gives the write's activity entries their seqs; called once, last
   */
  static SessionRecord created(SessionWrite write, String words,
      UnaryOperator<List<ActivityEntry>> numbering) {
    return of(write, words, CommentLog.empty(), ActivityLog.empty(), numbering);
  }

  /**
   * This record after a write.
   *
   * @param words the search words of the write's snapshot
   * @param numbering gives the write's activity entries their seqs; called once, last
   */
  SessionRecord updated(SessionWrite write, String words, UnaryOperator<List<ActivityEntry>> numbering) {
    return of(write, words, comments, activity, numbering);
  }

  /** This record with more activity entries, already numbered. */
  SessionRecord withActivity(List<ActivityEntry> entries) {
    return new SessionRecord(session, words, comments, activity.append(entries));
  }

  private static SessionRecord of(SessionWrite write, String words, CommentLog comments,
      ActivityLog activity, UnaryOperator<List<ActivityEntry>> numbering) {
    CommentLog newComments = comments.upsert(write.comments());
    ActivityLog newActivity = activity.append(numbering.apply(write.activity()));
    return new SessionRecord(write.session(), words, newComments, newActivity);
  }
}
