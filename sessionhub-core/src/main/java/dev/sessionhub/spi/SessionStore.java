package dev.sessionhub.spi;

import dev.sessionhub.model.ActivityEntry;
import dev.sessionhub.model.Comment;
import dev.sessionhub.model.Session;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Port: where sessions, their comments and their activity log are kept. Implementations must be
 * thread-safe, must apply a {@link SessionWrite} atomically, and are verified by the contract kit
 * ({@code sessionhub-tck}).
 *
 * <p>Errors: an insert of a stored id throws {@code dev.sessionhub.error.DuplicateIdException};
 * an update whose expected version is not the stored one throws
 * {@code dev.sessionhub.error.ConflictException} carrying both versions; an unreachable backend
 * throws {@code dev.sessionhub.error.StoreUnavailableException}. In every error case nothing is
 * written.
 */
public interface SessionStore {

  /** The stored snapshot with this id, if any. */
  Optional<Session> find(String sessionId);

  /** Stores a new session ({@code write.expectedVersion() == 0}) with its comments and activity. */
  void insert(SessionWrite write);

  /**
   * Replaces the snapshot at {@code write.expectedVersion()} with {@code write.session()}, and
   * stores its comments and activity, atomically.
   */
  void update(SessionWrite write);

  /** The comment with this id on this session, if any. */
  Optional<Comment> findComment(String sessionId, String commentId);

  /**
   * Comments of a session with {@link Comment#number()} greater than {@code afterNumber}, in
   * number order, at most {@code limit}.
   */
  List<Comment> comments(String sessionId, long afterNumber, int limit);

  /**
   * Sessions matching the search, visible to its viewer, in its order, strictly after its
   * position, at most its limit. See {@link SessionSearch} for the exact semantics.
   */
  List<Session> search(SessionSearch search);

  /** Appends one activity entry that changes no session (such as a download); returns it with its seq. */
  ActivityEntry appendActivity(ActivityEntry entry);

  /** A session's activity entries with {@code seq > afterSeq}, oldest first, at most {@code limit}. */
  List<ActivityEntry> activity(String sessionId, long afterSeq, int limit);

  /** Ids of sessions archived before the given time, at most {@code limit}, in id order after {@code afterId}. */
  List<String> archivedBefore(Instant before, @org.jspecify.annotations.Nullable String afterId, int limit);
}
