package dev.sessionhub.internal.memory;

import dev.sessionhub.error.ConflictException;
import dev.sessionhub.error.DuplicateIdException;
import dev.sessionhub.error.NotFoundException;
import dev.sessionhub.internal.domain.Checks;
import dev.sessionhub.model.ActivityEntry;
import dev.sessionhub.model.Comment;
import dev.sessionhub.model.Session;
import dev.sessionhub.model.SessionStatus;
import dev.sessionhub.spi.SessionSearch;
import dev.sessionhub.spi.SessionStore;
import dev.sessionhub.spi.SessionWrite;
import dev.sessionhub.spi.SortPosition;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;

/**
 * The reference {@link SessionStore}: everything in memory, nothing persisted. Follows the port
 * contract exactly, so other stores are checked against it.
 *
 * <p>Thread-safe. Each session is one immutable {@link SessionRecord} (snapshot, search words,
 * comments, activity) in a {@link ConcurrentHashMap}; every write replaces it in one
 * {@link ConcurrentHashMap#compute compute} call, which runs under that key's lock. So the
 * version check and the replacement are one atomic step (of two racing writers with the same
 * expected version exactly one wins), and readers, who never lock, see either the old record or
 * the new one whole. A write that fails throws from inside {@code compute} and changes nothing.
 * Search words are joined and activity entries packed before taking the lock, to keep it short.
 * The price is that a write copies the session's comment or activity index it changes: O(n) in
 * that session's comments or activity, which is fine for an in-memory store.
 *
 * <p>Activity seqs come from one store-wide counter and are drawn inside the session's
 * {@code compute}, so each session's log is in seq order when it is published.
 *
 * <p>Search scans every session and sorts the matches: O(n log n) per page.
 *
 * <p>Memory: a record keeps its search words as one string ({@link SearchWords}), its comments in
 * sorted arrays ({@link CommentLog}) and its activity entries packed, their deltas as compact JSON
 * ({@link PackedEntry}); entries are unpacked when read, so reading activity costs more than
 * reading a snapshot.
 */
public final class InMemorySessionStore implements SessionStore {

  private final Map<String, SessionRecord> records = new ConcurrentHashMap<>();
  private final AtomicLong lastSeq = new AtomicLong();

  /** An empty store. */
  public InMemorySessionStore() {}

  @Override
  public Optional<Session> find(String sessionId) {
    return record(sessionId).map(SessionRecord::session);
  }

  @Override
  public void insert(SessionWrite write) {
    write.requireInsert();
    String id = write.session().id();
    SessionRecord.Prepared prepared = SessionRecord.Prepared.of(write);
    records.compute(id, (key, current) -> {
      if (current != null) {
        throw new DuplicateIdException("session", id);
      }
      return SessionRecord.created(write, prepared, lastSeq::incrementAndGet);
    });
  }

  @Override
  public void update(SessionWrite write) {
    write.requireUpdate();
    String id = write.session().id();
    SessionRecord.Prepared prepared = SessionRecord.Prepared.of(write);
    records.compute(id, (key, current) -> {
      SessionRecord stored = existing(id, current);
      long version = stored.session().version();
      if (version != write.expectedVersion()) {
        throw new ConflictException(id, write.expectedVersion(), version);
      }
      return stored.updated(write, prepared, lastSeq::incrementAndGet);
    });
  }

  /**
   * Runs {@code change} inside the session's {@code compute}, so changes to one session queue on
   * its lock and none is retried; the search words of the new snapshot are computed there too.
   */
  @Override
  public SessionWrite modify(String sessionId, Function<Session, SessionWrite> change) {
    Objects.requireNonNull(change, "change");
    SessionWrite[] stored = new SessionWrite[1];
    records.compute(Objects.requireNonNull(sessionId, "sessionId"), (key, current) -> {
      SessionRecord existing = existing(key, current);
      SessionWrite write = change.apply(existing.session());
      write.requireModifies(existing.session());
      stored[0] = write;
      return existing.updated(write, SessionRecord.Prepared.of(write), lastSeq::incrementAndGet);
    });
    return stored[0];
  }

  @Override
  public Optional<Comment> findComment(String sessionId, String commentId) {
    Objects.requireNonNull(commentId, "commentId");
    return record(sessionId).flatMap(r -> r.comments().find(commentId));
  }

  @Override
  public List<Comment> comments(String sessionId, long afterNumber, int limit) {
    Checks.limit(limit);
    return record(sessionId).map(r -> r.comments().after(afterNumber, limit)).orElse(List.of());
  }

  @Override
  public List<Session> search(SessionSearch search) {
    Checks.limit(search.limit());
    Comparator<SortPosition> order = SearchOrder.of(search.query().direction());
    Predicate<SortPosition> pastStart = pastStart(search, order);
    return records.values().stream()
        .filter(new SessionMatcher(search))
        .map(r -> new Hit(SortPosition.of(search.query().sort(), r.session()), r.session()))
        .filter(hit -> pastStart.test(hit.position()))
        .sorted(Comparator.comparing(Hit::position, order))
        .limit(search.limit())
        .map(Hit::session)
        .toList();
  }

  @Override
  public ActivityEntry appendActivity(ActivityEntry entry) {
    Objects.requireNonNull(entry, "entry");
    PackedEntry packed = PackedEntry.of(entry);
    AtomicLong seq = new AtomicLong();
    records.compute(entry.sessionId(), (key, current) -> {
      SessionRecord stored = existing(key, current);
      return stored.withActivity(packed, () -> {
        long next = lastSeq.incrementAndGet();
        seq.set(next);
        return next;
      });
    });
    return entry.withSeq(seq.get());
  }

  @Override
  public List<ActivityEntry> activity(String sessionId, long afterSeq, int limit) {
    Checks.limit(limit);
    return record(sessionId).map(r -> r.activityAfter(afterSeq, limit)).orElse(List.of());
  }

  @Override
  public List<String> archivedBefore(Instant before, @Nullable String afterId, int limit) {
    Objects.requireNonNull(before, "before");
    Checks.limit(limit);
    return records.values().stream()
        .map(SessionRecord::session)
        .filter(s -> s.status() == SessionStatus.ARCHIVED
            && s.archivedAt().filter(at -> at.isBefore(before)).isPresent())
        .map(Session::id)
        .filter(id -> afterId == null || id.compareTo(afterId) > 0)
        .sorted()
        .limit(limit)
        .toList();
  }

  private Optional<SessionRecord> record(String sessionId) {
    return Optional.ofNullable(records.get(Objects.requireNonNull(sessionId, "sessionId")));
  }

  private static SessionRecord existing(String id, @Nullable SessionRecord current) {
    if (current == null) {
      throw new NotFoundException("session", id);
    }
    return current;
  }

  /** The only start filter: strictly after the previous page's last position, if any. */
  private static Predicate<SortPosition> pastStart(SessionSearch search, Comparator<SortPosition> order) {
    SortPosition after = search.after();
    if (after == null) {
      return p -> true;
    }
    if (after.key() != search.query().sort()) {
      throw new IllegalArgumentException("search sorted by " + search.query().sort()
          + " cannot start after a position sorted by " + after.key());
    }
    return p -> order.compare(p, after) > 0;
  }

  /** A matching session and its position in the search's order. */
  private record Hit(SortPosition position, Session session) {}
}
