package dev.sessionhub.tck;

import dev.sessionhub.internal.memory.InMemorySessionStore;
import dev.sessionhub.model.Collaborator;
import dev.sessionhub.model.Session;
import dev.sessionhub.model.SessionQuery;
import dev.sessionhub.model.SessionStatus;
import dev.sessionhub.spi.SearchText;
import dev.sessionhub.spi.SessionSearch;
import dev.sessionhub.spi.SessionWrite;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * A correct store that searches the way a database does: through indexes of its own (who may
 * see each session, its words, its status column, its tags), kept beside an
 * {@link InMemorySessionStore} that holds everything else. A write and its index update are one
 * step under a lock, so readers see both or neither. Each index mutant overrides one hook; this
 * class itself passes the whole contract ({@code IndexedStoreContractTest}), so a mutant that
 * fails it fails for its mutation.
 */
class IndexedStore extends ForwardingSessionStore {

  /** What the indexes hold for one session. */
  record Entry(Set<String> members, Set<String> words, SessionStatus status, Set<String> tags) {}

  final Map<String, Entry> index = new HashMap<>();
  final ReentrantReadWriteLock lock = new ReentrantReadWriteLock();

  IndexedStore() {
    super(new InMemorySessionStore());
  }

  @Override
  public void insert(SessionWrite write) {
    underWriteLock(() -> {
      inner.insert(write);
      reindex(write.session());
    });
  }

  @Override
  public void update(SessionWrite write) {
    underWriteLock(() -> {
      inner.update(write);
      reindex(write.session());
    });
  }

  /** Runs a write and its index update as one step that no reader sees half of. */
  void underWriteLock(Runnable step) {
    lock.writeLock().lock();
    try {
      step.run();
    } finally {
      lock.writeLock().unlock();
    }
  }

  /** Rewrites the index entry of a session from its new snapshot. */
  void reindex(Session s) {
    index.put(s.id(), entryOf(s, index.get(s.id())));
  }

  /** The index entry of a snapshot, given the one it replaces (null for a new session). */
  Entry entryOf(Session s, @Nullable Entry previous) {
    return new Entry(s.collaborators().stream().map(Collaborator::userId).map(this::userKey).collect(Collectors.toSet()),
        indexedWords(s), s.status(), s.metadata().tags().stream().map(this::tagKey).collect(Collectors.toSet()));
  }

  Set<String> indexedWords(Session s) {
    return SearchText.of(s);
  }

  Set<String> queryWords(String text) {
    return SearchText.of(text);
  }

  String userKey(String userId) {
    return userId;
  }

  String tagKey(String tag) {
    return tag;
  }

  @Override
  public List<Session> search(SessionSearch search) {
    lock.readLock().lock();
    try {
      SessionQuery q = search.query();
      Set<String> words = q.text() == null ? Set.of() : queryWords(q.text());
      Set<String> tags = q.tags().stream().map(this::tagKey).collect(Collectors.toSet());
      List<Session> matching = new ArrayList<>();
      for (Map.Entry<String, Entry> e : index.entrySet()) {
        Entry entry = e.getValue();
        if (entry.members().contains(userKey(search.viewer())) && q.effectiveStatuses().contains(entry.status())
            && entry.words().containsAll(words) && entry.tags().containsAll(tags)) {
          inner.find(e.getKey()).filter(s -> ExpectedSearch.matchesColumns(q, s)).ifPresent(matching::add);
        }
      }
      return ExpectedSearch.page(matching, search);
    } finally {
      lock.readLock().unlock();
    }
  }
}
