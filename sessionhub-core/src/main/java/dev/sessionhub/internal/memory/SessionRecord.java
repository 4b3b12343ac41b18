package dev.sessionhub.internal.memory;

import dev.sessionhub.model.ActivityEntry;
import dev.sessionhub.model.Session;
import dev.sessionhub.spi.SessionWrite;
import java.util.List;
import java.util.function.LongSupplier;

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
   * @param prepared the write's search words and packed activity, computed before the lock
   * @param seqs gives the write's activity entries their seqs; called last
   */
  static SessionRecord created(SessionWrite write, Prepared prepared, LongSupplier seqs) {
    return of(write, prepared, CommentLog.empty(), ActivityLog.empty(), seqs);
  }

  /**
   * This record after a write.
   *
   * @param prepared the write's search words and packed activity, computed before the lock
   * @param seqs gives the write's activity entries their seqs; called last
   */
  SessionRecord updated(SessionWrite write, Prepared prepared, LongSupplier seqs) {
    return of(write, prepared, comments, activity, seqs);
  }

  /** This record with one more activity entry, given its seq by {@code seqs}. */
  SessionRecord withActivity(PackedEntry entry, LongSupplier seqs) {
    return new SessionRecord(session, words, comments, activity.append(List.of(entry), seqs));
  }

  /** The session's activity entries with {@code seq > afterSeq}, oldest first, at most {@code limit}. */
  List<ActivityEntry> activityAfter(long afterSeq, int limit) {
    return activity.after(session.id(), afterSeq, limit);
  }

  private static SessionRecord of(SessionWrite write, Prepared prepared, CommentLog comments,
      ActivityLog activity, LongSupplier seqs) {
    CommentLog newComments = comments.upsert(write.comments());
    ActivityLog newActivity = activity.append(prepared.activity(), seqs);
    return new SessionRecord(write.session(), prepared.words(), newComments, newActivity);
  }

  /**
   * What a write's record is made of that can be computed before taking the session's lock.
   *
   * @param words the search words of the write's snapshot, joined
   * @param activity the write's activity entries, packed
   */
  record Prepared(String words, List<PackedEntry> activity) {

    static Prepared of(SessionWrite write) {
      return new Prepared(SearchWords.of(write.session()), packed(write.activity()));
    }

    private static List<PackedEntry> packed(List<ActivityEntry> entries) {
      return entries.size() == 1 ? List.of(PackedEntry.of(entries.get(0)))
          : entries.stream().map(PackedEntry::of).toList();
    }
  }
}
