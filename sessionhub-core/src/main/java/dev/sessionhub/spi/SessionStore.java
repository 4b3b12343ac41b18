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
 * ({@code sessionhub-tck}), whose tests follow this text line by line.
 *
 * <p><b>Errors.</b> An insert of a stored id throws {@code dev.sessionhub.error.DuplicateIdException};
 * an update whose expected version is not the stored one throws
 * {@code dev.sessionhub.error.ConflictException} carrying both versions; an update or an
 * {@link #appendActivity} naming a session that is not stored throws
 * {@code dev.sessionhub.error.NotFoundException} (never a conflict); a write adding a comment whose
 * {@link Comment#number() number} another comment of the same session holds throws
 * {@code DuplicateIdException}, since {@code (sessionId, number)} is unique, and so does a write
 * carrying two comments of different ids with the same number; an unreachable backend throws
 * {@code dev.sessionhub.error.StoreUnavailableException}. In every error case nothing is written:
 * not the snapshot, not a comment, not an activity entry, and nothing any index derives from
 * them (members, words, status, tags), so reads and searches answer as before the write. No
 * other exception type (a driver's, a mapper's) leaves the store.
 *
 * <p><b>Atomic writes, as readers see them.</b> A reader sees all of a write or none of it. Once
 * {@link #find} returns a snapshot, the comments and activity entries written with it are
 * readable too; a comment or entry of a write is never readable before its snapshot is; and a
 * search matches each session by the values of the snapshot it returns (its members, words,
 * status, tags and other columns belong to that snapshot, not to an older or a half-written
 * one).
 *
 * <p><b>Durability.</b> A write that returned is as durable as the backend makes it: a store
 * reopened on the same data (after a restart) answers exactly as before, appended activity and
 * comment edits included. A write that fails part-way (a lost connection, an I/O error) throws
 * {@code StoreUnavailableException} and leaves nothing, neither in the store's memory nor in its
 * backend. The kit checks both through two optional hooks of its contract class.
 *
 * <p><b>Ids compare exactly.</b> Session ids, comment ids, user ids (members, a search's viewer,
 * owner and member filters), tags and template ids are compared as Java's
 * {@link String#equals} does: by UTF-16 code units, case-sensitive, accent-sensitive, with no
 * trimming or padding and no Unicode normalization. {@code abc} and {@code ABC} are two sessions
 * (two comments, two templates, two users); a user {@code Ann} does not see {@code ann}'s
 * sessions. A database whose default collation ignores case, accents or trailing spaces (MySQL
 * and MariaDB's usual ones) must use a binary one for these columns.
 *
 * <p><b>Comments.</b> A written comment whose id is already stored on the session replaces that
 * comment, at the number the written one carries. The facade's edits keep the number; a
 * replacement carrying another number moves the comment there and frees its old number, and
 * throws {@code DuplicateIdException}, writing nothing, when another comment holds the new one.
 * Lists a read returns are the reader's own: changing one, or later writes, never changes a list
 * already returned (nor may a caller's change to a returned list reach the store).
 *
 * <p><b>Activity seqs.</b> {@link #appendActivity} and every write give each new entry a
 * positive seq. Within one session, seqs are unique and in commit order: once an entry can be
 * read, no entry with a lower seq is added to that session later, and a write's entries are in
 * list order. So a reader that asks for the entries after the last seq it saw misses nothing.
 * Seqs of different sessions need not be comparable (a store may keep one counter per session,
 * or one for the whole store): core reads seqs only within one session's log.
 *
 * <p><b>Reads</b> of a session that is not stored find nothing: {@link #find} and
 * {@link #findComment} return empty, {@link #comments} and {@link #activity} return an empty
 * list.
 *
 * <p><b>"Changes since".</b> {@code SessionHub.changesSince} is a search by
 * {@link Session#updatedAt()} (see {@link SessionSearch}); a store needs nothing more for it. The
 * update time is stamped by the writing instance before the store commits, so two writers can
 * commit out of time order; the facade, not the store, covers that with a safety margin.
 */
public interface SessionStore {

  /** The stored snapshot with this id, if any. */
  Optional<Session> find(String sessionId);

  /**
   * Stores a new session ({@code write.expectedVersion() == 0}) with its comments and activity,
   * atomically. Of two writers racing to insert the same id exactly one wins; the other gets a
   * {@code DuplicateIdException}.
   */
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
   * number order, at most {@code limit}; an empty list for a session that is not stored. The
   * list is a copy: later writes do not change it, and changing it does not change the store.
   */
  List<Comment> comments(String sessionId, long afterNumber, int limit);

  /**
   * Sessions matching the search, visible to its viewer, in its order, strictly after its
   * position, at most its limit. See {@link SessionSearch} for the exact semantics. The facade
   * asks for one more than the page size, so limits go up to
   * {@link dev.sessionhub.model.Limits#PAGE_SIZE_MAX} + 1. What a search sees follows the last
   * committed write of each session: a removed member no longer finds it, a renamed one is
   * found by its new words and not its old, an archived one leaves the default search.
   */
  List<Session> search(SessionSearch search);

  /**
   * Appends one activity entry that changes no session (such as a download), durably like any
   * write; returns it with its seq. Throws {@code NotFoundException}, appending nothing, when the
   * session is not stored.
   */
  ActivityEntry appendActivity(ActivityEntry entry);

  /**
   * A session's activity entries with {@code seq > afterSeq}, in seq order (which is that
   * session's commit order), at most {@code limit}; an empty list for a session that is not
   * stored. The list is a copy, as for {@link #comments}.
   */
  List<ActivityEntry> activity(String sessionId, long afterSeq, int limit);

  /**
   * Ids of ARCHIVED sessions whose {@code archivedAt} is strictly before {@code before}, in id
   * order, strictly after {@code afterId} (from the first when {@code null}), at most
   * {@code limit}.
   */
  List<String> archivedBefore(Instant before, @org.jspecify.annotations.Nullable String afterId, int limit);
}
