package dev.sessionhub.tck;

import dev.sessionhub.error.StoreUnavailableException;
import dev.sessionhub.model.ActivityEntry;
import dev.sessionhub.model.Comment;
import dev.sessionhub.model.Session;
import dev.sessionhub.spi.SessionSearch;
import dev.sessionhub.spi.SessionStore;
import dev.sessionhub.spi.SessionWrite;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * The store under test behind a switch that makes its next write fail with
 * {@link StoreUnavailableException}, either before the write reaches the store (nothing stored)
 * or after it (stored, answer lost: the case of a commit whose connection broke before the
 * reply). Reads pass through.
 */
final class AmbiguousStore implements SessionStore {

  /** When the next write fails. */
  enum Failure {
    /** Before the store sees it: nothing is stored. */
    BEFORE,
    /** After the store applied it: it is stored, but the caller is told it failed. */
    AFTER
  }

  private final SessionStore store;
  private final AtomicReference<@Nullable Failure> next = new AtomicReference<>();

  AmbiguousStore(SessionStore store) {
    this.store = store;
  }

  /** Makes the next write fail this way. */
  void failNextWrite(Failure failure) {
    next.set(failure);
  }

  private <T> T write(Supplier<T> write) {
    Failure failure = next.getAndSet(null);
    if (failure == Failure.BEFORE) {
      throw new StoreUnavailableException("injected", new java.net.ConnectException("connection refused (injected)"));
    }
    T result = write.get();
    if (failure == Failure.AFTER) {
      throw new StoreUnavailableException("injected", new java.net.SocketException("connection reset after the commit (injected)"));
    }
    return result;
  }

  @Override
  public void insert(SessionWrite w) {
    write(() -> {
      store.insert(w);
      return null;
    });
  }

  @Override
  public void update(SessionWrite w) {
    write(() -> {
      store.update(w);
      return null;
    });
  }

  @Override
  public SessionWrite modify(String sessionId, Function<Session, SessionWrite> change) {
    return write(() -> store.modify(sessionId, change));
  }

  @Override
  public ActivityEntry appendActivity(ActivityEntry entry) {
    return write(() -> store.appendActivity(entry));
  }

  @Override
  public Optional<Session> find(String sessionId) {
    return store.find(sessionId);
  }

  @Override
  public Optional<Comment> findComment(String sessionId, String commentId) {
    return store.findComment(sessionId, commentId);
  }

  @Override
  public List<Comment> comments(String sessionId, long afterNumber, int limit) {
    return store.comments(sessionId, afterNumber, limit);
  }

  @Override
  public List<Session> search(SessionSearch search) {
    return store.search(search);
  }

  @Override
  public List<ActivityEntry> activity(String sessionId, long afterSeq, int limit) {
    return store.activity(sessionId, afterSeq, limit);
  }

  @Override
  public List<String> archivedBefore(Instant before, @Nullable String afterId, int limit) {
    return store.archivedBefore(before, afterId, limit);
  }
}
