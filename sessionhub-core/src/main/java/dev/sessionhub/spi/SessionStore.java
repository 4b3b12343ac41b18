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
 * {@code dev.sessionhub.error.ConflictException} carrying both versions; an update or an
 * {@link #appendActivity} naming a session that is not stored throws
 * {@code dev.sessionhub.error.NotFoundException} (never a conflict); a write adding a comment whose
 * {@link Comment#number() number} another comment of the same session holds throws
 * {@code DuplicateIdException}, since {@code (sessionId, number)} is unique; an unreachable
 * backend throws {@code dev.sessionhub.error.StoreUnavailableException}. In every error case
 * nothing is written.
 *
 * <p>Activity seqs are positive, unique across the store, and increasing: an entry appended after
 * another one was stored (in any session) gets a higher seq. Within one session they are also in
 * commit order: once an entry can be read, no entry with a lower seq is added to that session
 * later, so a reader that asks for the entries after the last seq it saw misses nothing.
 *
 * <p>Reads of a session that is not stored find nothing: {@link #find} and {@link #findComment}
 * return empty, {@link #comments} and {@link #activity} return an empty list.
 */
public interface SessionStore {

  /** The stored snapshot with this id, if any. */
  Optional<Session> find(String sessionId);

  /** Stores a new session ({@code write.expectedVersion() == 0}) with its comments and activity. */
  void insert(SessionWrite write);

  /**
   * Replaces the snapshot at {@code write.expectedVersion()} with {@code write.session()}, and
   * stores its comments and activity, atomically. Of two writers racing with the same expected
   * version exactly one wins; the other gets a {@code ConflictException}. A session that is not
   * stored gets a {@code NotFoundException}.
   */
  void update(SessionWrite write);

  /** The comment with this id on this session, if any. */
  Optional<Comment> findComment(String sessionId, String commentId);

  /**
   * Comments of a session with {@link Comment#number()} greater than {@code afterNumber}, in
   * number order, at most {@code limit}; an empty list for a session that is not stored.
   */
  List<Comment> comments(String sessionId, long afterNumber, int limit);

  /**
   * Sessions matching the search, visible to its viewer, in its order, strictly after its
   * position, at most its limit. See {@link SessionSearch} for the exact semantics. The facade
   * asks for one more than the page size, so limits go up to
   * {@link dev.sessionhub.model.Limits#PAGE_SIZE_MAX} + 1.
   */
  List<Session> search(SessionSearch search);

  /**
   * Appends one activity entry that changes no session (such as a download); returns it with its
   * seq. Throws {@code NotFoundException}, appending nothing, when the session is not stored.
   */
  ActivityEntry appendActivity(ActivityEntry entry);

  /**
   * A session's activity entries with {@code seq > afterSeq}, in seq order (which is commit
   * order), at most {@code limit}; an empty list for a session that is not stored.
   */
  List<ActivityEntry> activity(String sessionId, long afterSeq, int limit);

  /**
   * Ids of ARCHIVED sessions whose {@code archivedAt} is strictly before {@code before}, in id
   * order, strictly after {@code afterId} (from the first when {@code null}), at most
   * {@code limit}.
   */
  List<String> archivedBefore(Instant before, @org.jspecify.annotations.Nullable String afterId, int limit);
}
