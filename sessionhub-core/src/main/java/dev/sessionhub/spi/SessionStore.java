package dev.sessionhub.spi;

import dev.sessionhub.error.ConflictException;
import dev.sessionhub.error.NotFoundException;
import dev.sessionhub.model.ActivityEntry;
import dev.sessionhub.model.Comment;
import dev.sessionhub.model.Session;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Function;

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

  /**
   * A serialised read-modify-write: reads the stored snapshot of {@code sessionId}, asks
   * {@code change} for the write to make from it, and applies that write as {@link #update} does,
   * so that no other write to the session lands between the read and the write. This is how the
   * facade makes every change to an existing session: concurrent changes to one session queue
   * here instead of failing with a conflict.
   *
   * <p>{@code change} receives the current snapshot and returns a write whose
   * {@link SessionWrite#expectedVersion()} is that snapshot's version. It is pure: it may be
   * called more than once (by a store that retries optimistically), and an exception it throws
   * is rethrown by this method with nothing written. It runs while the store holds the session
   * (a row lock, a per-key lock), so it must be quick and must not call the store.
   *
   * <p>The default implementation reads with {@link #find}, writes with {@link #update} and, on
   * a {@code ConflictException}, reads and tries again until it wins: correct for any store,
   * but under contention every loser repeats its read and write. A store that can lock one
   * session ({@code SELECT ... FOR UPDATE}, a per-key lock) should override it so that writers
   * wait instead.
   *
   * @return the write that was stored
   * @throws dev.sessionhub.error.NotFoundException if the session is not stored ({@code change}
   *     is not called)
   * @throws IllegalArgumentException if {@code change} returns a write of another session or
   *     one that does not expect the version it was given
   */
  default SessionWrite modify(String sessionId, Function<Session, SessionWrite> change) {
    Objects.requireNonNull(change, "change");
    for (int attempt = 0; ; attempt++) {
      Session current = find(sessionId)
          .orElseThrow(() -> new NotFoundException("session", sessionId));
      SessionWrite write = change.apply(current);
      write.requireModifies(current);
      try {
        update(write);
        return write;
      } catch (ConflictException e) {
        LockSupport.parkNanos(ThreadLocalRandom.current().nextLong(1_000L << Math.min(attempt, 10)));
      }
    }
  }

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
