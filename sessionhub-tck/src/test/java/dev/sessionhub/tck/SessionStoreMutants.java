package dev.sessionhub.tck;

import dev.sessionhub.error.DuplicateIdException;
import dev.sessionhub.internal.memory.InMemorySessionStore;
import dev.sessionhub.model.ActivityEntry;
import dev.sessionhub.model.Comment;
import dev.sessionhub.model.Session;
import dev.sessionhub.spi.SearchText;
import dev.sessionhub.spi.SessionSearch;
import dev.sessionhub.spi.SessionWrite;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.LockSupport;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * Session stores with one realistic bug each, the kind a third-party adapter shipped with: each
 * is a correct store ({@link IndexedStore}, {@link JournalStore} or the in-memory one) with one
 * behaviour changed. {@code SessionStoreKitKillsMutantsTest} runs the contract against each.
 */
final class SessionStoreMutants {

  private SessionStoreMutants() {}

  /** Case- and accent-insensitive, trimmed: what a MySQL or MariaDB {@code _ci} collation compares. */
  static String folded(String s) {
    String stripped = Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
    return stripped.toLowerCase(Locale.ROOT).strip();
  }

  /** A member index that adds members but never removes one. */
  static final class KeepsRemovedMembers extends IndexedStore {
    @Override
    Entry entryOf(Session s, @Nullable Entry previous) {
      Entry fresh = super.entryOf(s, previous);
      if (previous == null) {
        return fresh;
      }
      Set<String> members = new HashSet<>(previous.members());
      members.addAll(fresh.members());
      return new Entry(members, fresh.words(), fresh.status(), fresh.tags());
    }
  }

  /** Indexes the new snapshot before the version check, and keeps that when the write fails. */
  static final class IndexesBeforeTheWrite extends IndexedStore {
    @Override
    public void insert(SessionWrite write) {
      underWriteLock(() -> {
        reindex(write.session());
        inner.insert(write);
      });
    }

    @Override
    public void update(SessionWrite write) {
      underWriteLock(() -> {
        reindex(write.session());
        inner.update(write);
      });
    }
  }

  /** Indexes words when a session is created, and never again. */
  static final class StaleWords extends IndexedStore {
    @Override
    Entry entryOf(Session s, @Nullable Entry previous) {
      Entry fresh = super.entryOf(s, previous);
      return previous == null ? fresh : new Entry(fresh.members(), previous.words(), fresh.status(), fresh.tags());
    }
  }

  /** Sets the status column when a session is created, and never again. */
  static final class StaleStatus extends IndexedStore {
    @Override
    Entry entryOf(Session s, @Nullable Entry previous) {
      Entry fresh = super.entryOf(s, previous);
      return previous == null ? fresh : new Entry(fresh.members(), fresh.words(), previous.status(), fresh.tags());
    }
  }

  /** Writes the snapshot, then updates the indexes in a second step that readers can see between. */
  static final class IndexesInASecondStep extends IndexedStore {
    @Override
    public void update(SessionWrite write) {
      underWriteLock(() -> inner.update(write));
      LockSupport.parkNanos(200_000);
      underWriteLock(() -> reindex(write.session()));
    }
  }

  /** Compares user ids in its member index as a {@code _ci} collation does. */
  static final class FoldsUserIds extends IndexedStore {
    @Override
    String userKey(String userId) {
      return folded(userId);
    }
  }

  /** Compares tags as a {@code _ci} collation does. */
  static final class FoldsTags extends IndexedStore {
    @Override
    String tagKey(String tag) {
      return folded(tag);
    }
  }

  /**
   * Searches text with a full-text engine's defaults: words shorter than 3 characters, stop words
   * and words outside the Latin script are neither indexed nor searched for.
   */
  static final class FullTextDefaults extends IndexedStore {
    private static final Set<String> STOP_WORDS = Set.of("a", "an", "and", "are", "as", "at", "be", "by", "for",
        "from", "in", "is", "it", "of", "on", "or", "that", "the", "this", "to", "was", "with");

    @Override
    Set<String> indexedWords(Session s) {
      return engineWords(SearchText.of(s));
    }

    @Override
    Set<String> queryWords(String text) {
      return engineWords(SearchText.of(text));
    }

    private static Set<String> engineWords(Set<String> words) {
      return words.stream().filter(w -> w.codePointCount(0, w.length()) >= 3 && !STOP_WORDS.contains(w)
          && w.codePoints().allMatch(cp -> cp < 0x250)).collect(Collectors.toSet());
    }
  }

  /** Matches nothing for a text without words, as a full-text query of nothing does. */
  static final class WordlessTextFindsNothing extends IndexedStore {
    @Override
    public List<Session> search(SessionSearch search) {
      String text = search.query().text();
      return text != null && SearchText.of(text).isEmpty() ? List.of() : super.search(search);
    }
  }

  /** Session ids under a {@code _ci} collation: ABC finds abc, and inserting ABC next to abc is a duplicate. */
  static final class FoldsSessionIds extends ForwardingSessionStore {
    private final Map<String, String> spelling = new ConcurrentHashMap<>();

    FoldsSessionIds() {
      super(new InMemorySessionStore());
    }

    private String stored(String id) {
      return spelling.getOrDefault(folded(id), id);
    }

    @Override
    public void insert(SessionWrite write) {
      String id = write.session().id();
      if (spelling.putIfAbsent(folded(id), id) != null) {
        throw new DuplicateIdException("session", id);
      }
      inner.insert(write);
    }

    @Override
    public Optional<Session> find(String sessionId) {
      return inner.find(stored(sessionId));
    }

    @Override
    public List<Comment> comments(String sessionId, long afterNumber, int limit) {
      return inner.comments(stored(sessionId), afterNumber, limit);
    }

    @Override
    public List<ActivityEntry> activity(String sessionId, long afterSeq, int limit) {
      return inner.activity(stored(sessionId), afterSeq, limit);
    }
  }

  /** Comment ids under a {@code _ci} collation: a comment NOTE replaces the comment note. */
  static final class FoldsCommentIds extends ForwardingSessionStore {
    FoldsCommentIds() {
      super(new InMemorySessionStore());
    }

    @Override
    public void insert(SessionWrite write) {
      inner.insert(folding(write));
    }

    @Override
    public void update(SessionWrite write) {
      inner.update(folding(write));
    }

    private SessionWrite folding(SessionWrite write) {
      Map<String, String> ids = new HashMap<>();
      inner.comments(write.session().id(), 0, Integer.MAX_VALUE).forEach(c -> ids.put(folded(c.id()), c.id()));
      List<Comment> comments = new ArrayList<>();
      for (Comment c : write.comments()) {
        String id = ids.computeIfAbsent(folded(c.id()), k -> c.id());
        comments.add(new Comment(id, c.sessionId(), c.number(), c.parentId(), c.author(), c.body(), c.mentions(),
            c.createdAt(), c.editedAt()));
      }
      return new SessionWrite(write.session(), write.expectedVersion(), comments, write.activity());
    }

    @Override
    public Optional<Comment> findComment(String sessionId, String commentId) {
      return inner.comments(sessionId, 0, Integer.MAX_VALUE).stream()
          .filter(c -> folded(c.id()).equals(folded(commentId))).findFirst();
    }
  }

  /** Keeps the last of a write's comments that share a number, instead of rejecting the write. */
  static final class LastNumberWins extends ForwardingSessionStore {
    LastNumberWins() {
      super(new InMemorySessionStore());
    }

    @Override
    public void insert(SessionWrite write) {
      inner.insert(lastOfEachNumber(write));
    }

    @Override
    public void update(SessionWrite write) {
      inner.update(lastOfEachNumber(write));
    }

    private static SessionWrite lastOfEachNumber(SessionWrite write) {
      Map<Long, Comment> byNumber = new LinkedHashMap<>();
      write.comments().forEach(c -> byNumber.put(c.number(), c));
      return new SessionWrite(write.session(), write.expectedVersion(), List.copyOf(byNumber.values()), write.activity());
    }
  }

  /** Hands out its own cached lists, refreshed in place after every write. */
  static final class SharedLists extends ForwardingSessionStore {
    private final Map<String, List<Comment>> comments = new ConcurrentHashMap<>();
    private final Map<String, List<ActivityEntry>> activity = new ConcurrentHashMap<>();

    SharedLists() {
      super(new InMemorySessionStore());
    }

    @Override
    public void insert(SessionWrite write) {
      inner.insert(write);
      refresh(write.session().id());
    }

    @Override
    public void update(SessionWrite write) {
      inner.update(write);
      refresh(write.session().id());
    }

    @Override
    public ActivityEntry appendActivity(ActivityEntry entry) {
      ActivityEntry appended = inner.appendActivity(entry);
      refresh(entry.sessionId());
      return appended;
    }

    private void refresh(String id) {
      List<Comment> c = comments.computeIfAbsent(id, k -> new ArrayList<>());
      c.clear();
      c.addAll(inner.comments(id, 0, Integer.MAX_VALUE));
      List<ActivityEntry> a = activity.computeIfAbsent(id, k -> new ArrayList<>());
      a.clear();
      a.addAll(inner.activity(id, 0, Integer.MAX_VALUE));
    }

    @Override
    public List<Comment> comments(String sessionId, long afterNumber, int limit) {
      List<Comment> all = comments.getOrDefault(sessionId, new ArrayList<>());
      return afterNumber == 0 && limit >= all.size() ? all : inner.comments(sessionId, afterNumber, limit);
    }

    @Override
    public List<ActivityEntry> activity(String sessionId, long afterSeq, int limit) {
      List<ActivityEntry> all = activity.getOrDefault(sessionId, new ArrayList<>());
      return afterSeq == 0 && limit >= all.size() ? all : inner.activity(sessionId, afterSeq, limit);
    }
  }

  /** Writes the snapshot, then the comments in a second step that readers can see between. */
  static final class CommentsInASecondStep extends ForwardingSessionStore {
    private final Map<String, TreeMap<Long, Comment>> comments = new ConcurrentHashMap<>();

    CommentsInASecondStep() {
      super(new InMemorySessionStore());
    }

    @Override
    public void insert(SessionWrite write) {
      inner.insert(new SessionWrite(write.session(), 0, List.of(), write.activity()));
      addComments(write);
    }

    @Override
    public void update(SessionWrite write) {
      inner.update(new SessionWrite(write.session(), write.expectedVersion(), List.of(), write.activity()));
      addComments(write);
    }

    private void addComments(SessionWrite write) {
      LockSupport.parkNanos(200_000);
      TreeMap<Long, Comment> stored = comments.computeIfAbsent(write.session().id(), k -> new TreeMap<>());
      synchronized (stored) {
        for (Comment c : write.comments()) {
          stored.values().removeIf(old -> old.id().equals(c.id()));
          stored.put(c.number(), c);
        }
      }
    }

    @Override
    public List<Comment> comments(String sessionId, long afterNumber, int limit) {
      TreeMap<Long, Comment> stored = comments.getOrDefault(sessionId, new TreeMap<>());
      synchronized (stored) {
        return stored.tailMap(afterNumber, false).values().stream().limit(limit).toList();
      }
    }

    @Override
    public Optional<Comment> findComment(String sessionId, String commentId) {
      return comments(sessionId, 0, Integer.MAX_VALUE).stream().filter(c -> c.id().equals(commentId)).findFirst();
    }
  }

  /** Applies appendActivity in memory only: entries of downloads are gone after a restart. */
  static final class AppendsNotJournaled extends JournalStore {
    AppendsNotJournaled(Disk disk) {
      super(disk);
    }

    @Override
    boolean journalsAppends() {
      return false;
    }
  }

  /** Changes memory first, and keeps the change when the disk write then fails. */
  static final class MemoryBeforeDisk extends JournalStore {
    MemoryBeforeDisk(Disk disk) {
      super(disk);
    }

    @Override
    boolean diskFirst() {
      return false;
    }
  }

  /** Replays a write whose record never reached its commit marker. */
  static final class ReplaysTornWrites extends JournalStore {
    ReplaysTornWrites(Disk disk) {
      super(disk);
    }

    @Override
    boolean replaysOnlyCommitted() {
      return false;
    }
  }

  /** Journals new comments but not edits of stored ones: edits are gone after a restart. */
  static final class EditsNotJournaled extends JournalStore {
    EditsNotJournaled(Disk disk) {
      super(disk);
    }

    @Override
    List<Comment> journaled(List<Comment> written, String sessionId) {
      return written.stream().filter(c -> findComment(sessionId, c.id()).isEmpty()).toList();
    }
  }
}
