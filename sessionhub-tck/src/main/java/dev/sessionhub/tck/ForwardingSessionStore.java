package dev.sessionhub.tck;

import dev.sessionhub.model.ActivityEntry;
import dev.sessionhub.model.Comment;
import dev.sessionhub.model.Session;
import dev.sessionhub.spi.SessionSearch;
import dev.sessionhub.spi.SessionStore;
import dev.sessionhub.spi.SessionWrite;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A store that hands every call to another, except {@link #modify}, which keeps the port's
 * default (through this store's {@code find} and {@code update}): the base of the kit's store
 * decorators and of the mutants that change one behaviour.
 */
class ForwardingSessionStore implements SessionStore {

  final SessionStore inner;

  ForwardingSessionStore(SessionStore inner) {
    this.inner = inner;
  }

  @Override
  public Optional<Session> find(String sessionId) {
    return inner.find(sessionId);
  }

  @Override
  public void insert(SessionWrite write) {
    inner.insert(write);
  }

  @Override
  public void update(SessionWrite write) {
    inner.update(write);
  }

  @Override
  public Optional<Comment> findComment(String sessionId, String commentId) {
    return inner.findComment(sessionId, commentId);
  }

  @Override
  public List<Comment> comments(String sessionId, long afterNumber, int limit) {
    return inner.comments(sessionId, afterNumber, limit);
  }

  @Override
  public List<Session> search(SessionSearch search) {
    return inner.search(search);
  }

  @Override
  public ActivityEntry appendActivity(ActivityEntry entry) {
    return inner.appendActivity(entry);
  }

  @Override
  public List<ActivityEntry> activity(String sessionId, long afterSeq, int limit) {
    return inner.activity(sessionId, afterSeq, limit);
  }

  @Override
  public List<String> archivedBefore(Instant before, @Nullable String afterId, int limit) {
    return inner.archivedBefore(before, afterId, limit);
  }
}
