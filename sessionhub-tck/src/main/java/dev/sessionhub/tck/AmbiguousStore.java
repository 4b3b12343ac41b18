package dev.sessionhub.tck;

import dev.sessionhub.error.StoreUnavailableException;
import dev.sessionhub.model.ActivityEntry;
import dev.sessionhub.model.Session;
import dev.sessionhub.spi.SessionStore;
import dev.sessionhub.spi.SessionWrite;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * The store under test behind a switch that makes its next write fail with
 * {@link StoreUnavailableException}, either before the write reaches the store (nothing stored)
 * or after it (stored, answer lost: the case of a commit whose connection broke before the
 * reply). Reads pass through; {@code modify} goes to the store's own, lock and all.
 */
final class AmbiguousStore extends ForwardingSessionStore {

  /** When the next write fails. */
  enum Failure {
    /** Before the store sees it: nothing is stored. */
    BEFORE,
    /** After the store applied it: it is stored, but the caller is told it failed. */
    AFTER
  }

  private final AtomicReference<@Nullable Failure> next = new AtomicReference<>();

  AmbiguousStore(SessionStore store) {
    super(store);
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
      inner.insert(w);
      return null;
    });
  }

  @Override
  public void update(SessionWrite w) {
    write(() -> {
      inner.update(w);
      return null;
    });
  }

  @Override
  public SessionWrite modify(String sessionId, Function<Session, SessionWrite> change) {
    return write(() -> inner.modify(sessionId, change));
  }

  @Override
  public ActivityEntry appendActivity(ActivityEntry entry) {
    return write(() -> inner.appendActivity(entry));
  }
}
