package dev.sessionhub.tck;

import dev.sessionhub.error.ConflictException;
import dev.sessionhub.error.DuplicateIdException;
import dev.sessionhub.error.NotFoundException;
import dev.sessionhub.error.StoreUnavailableException;
import dev.sessionhub.json.SessionJson;
import dev.sessionhub.model.ActivityEntry;
import dev.sessionhub.model.Comment;
import dev.sessionhub.model.Session;
import dev.sessionhub.model.SessionStatus;
import dev.sessionhub.spi.SessionSearch;
import dev.sessionhub.spi.SessionStore;
import dev.sessionhub.spi.SessionWrite;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * A correct store with a disk, the reference of the durability mutants: every write is first
 * appended to a journal ({@link Disk}) as one framed record (BEGIN, the session, its comments and
 * activity entries as {@link SessionJson} documents, COMMIT), then applied in memory; a new store
 * on the same disk replays the committed records. Activity seqs are counted per session, which
 * the contract allows. Writes and reads take one lock.
 */
class JournalStore implements SessionStore {

  private static final SessionJson JSON = SessionJson.create();

  /**
   * The journal, which outlives the stores opened on it. Once armed, the next record fails after
   * half of its lines reached the journal, as a full disk or a lost volume would.
   */
  static final class Disk {
    private final List<String> lines = new ArrayList<>();
    private boolean armed;

    synchronized void arm() {
      armed = true;
    }

    synchronized void append(List<String> record) {
      if (armed) {
        armed = false;
        lines.addAll(record.subList(0, record.size() / 2));
        throw new StoreUnavailableException("the journal failed part-way (injected)", new IOException("disk full"));
      }
      lines.addAll(record);
    }

    synchronized List<String> lines() {
      return List.copyOf(lines);
    }
  }

  final Disk disk;
  private final Map<String, Session> sessions = new HashMap<>();
  private final Map<String, TreeMap<Long, Comment>> comments = new HashMap<>();
  private final Map<String, List<ActivityEntry>> activity = new HashMap<>();

  JournalStore(Disk disk) {
    this.disk = disk;
    replay(disk.lines());
  }

  // ---- the hooks the mutants override ----

  /** Whether a write reaches the journal before memory (else memory first, and it stays on failure). */
  boolean diskFirst() {
    return true;
  }

  /** Whether appendActivity is journaled at all. */
  boolean journalsAppends() {
    return true;
  }

  /** The comments of a write that the journal records. */
  List<Comment> journaled(List<Comment> written, String sessionId) {
    return written;
  }

  /** Whether replay applies only records that reached their COMMIT line. */
  boolean replaysOnlyCommitted() {
    return true;
  }

  // ---- writes ----

  @Override
  public synchronized void insert(SessionWrite write) {
    write.requireInsert();
    String id = write.session().id();
    if (sessions.containsKey(id)) {
      throw new DuplicateIdException("session", id);
    }
    commit(write);
  }

  @Override
  public synchronized void update(SessionWrite write) {
    write.requireUpdate();
    String id = write.session().id();
    Session stored = sessions.get(id);
    if (stored == null) {
      throw new NotFoundException("session", id);
    }
    if (stored.version() != write.expectedVersion()) {
      throw new ConflictException(id, write.expectedVersion(), stored.version());
    }
    commit(write);
  }

  @Override
  public synchronized ActivityEntry appendActivity(ActivityEntry entry) {
    if (!sessions.containsKey(entry.sessionId())) {
      throw new NotFoundException("session", entry.sessionId());
    }
    ActivityEntry numbered = entry.withSeq(nextSeq(entry.sessionId()));
    List<String> record = List.of("BEGIN", "A " + JSON.writeActivity(numbered), "COMMIT");
    if (diskFirst()) {
      journalAppend(record);
      apply(record.subList(1, 2));
    } else {
      apply(record.subList(1, 2));
      journalAppend(record);
    }
    return numbered;
  }

  private void journalAppend(List<String> record) {
    if (journalsAppends()) {
      disk.append(record);
    }
  }

  private void commit(SessionWrite write) {
    String id = write.session().id();
    checkNumbers(id, write.comments());
    List<String> record = new ArrayList<>();
    record.add("BEGIN");
    record.add("S " + JSON.writeSession(write.session()));
    long seq = nextSeq(id);
    for (ActivityEntry e : write.activity()) {
      record.add("A " + JSON.writeActivity(e.withSeq(seq++)));
    }
    List<String> memory = new ArrayList<>(record.subList(1, record.size()));
    for (Comment c : write.comments()) {
      memory.add("C " + JSON.writeComment(c));
    }
    for (Comment c : journaled(write.comments(), id)) {
      record.add("C " + JSON.writeComment(c));
    }
    record.add("COMMIT");
    if (diskFirst()) {
      disk.append(record);
      apply(memory);
    } else {
      apply(memory);
      disk.append(record);
    }
  }

  /** Throws, before anything is written, when a comment would take a number another one holds. */
  private void checkNumbers(String sessionId, List<Comment> written) {
    Map<Long, String> numbers = new HashMap<>();
    comments.getOrDefault(sessionId, new TreeMap<>()).values().forEach(c -> numbers.put(c.number(), c.id()));
    for (Comment c : written) {
      numbers.values().remove(c.id());
      String holder = numbers.putIfAbsent(c.number(), c.id());
      if (holder != null) {
        throw new DuplicateIdException("comment number", sessionId + " #" + c.number());
      }
    }
  }

  private long nextSeq(String sessionId) {
    List<ActivityEntry> log = activity.getOrDefault(sessionId, List.of());
    return log.isEmpty() ? 1 : log.get(log.size() - 1).seq() + 1;
  }

  // ---- the journal, read back ----

  private void replay(List<String> lines) {
    List<String> pending = null;
    for (String line : lines) {
      if (line.equals("BEGIN")) {
        if (pending != null && !replaysOnlyCommitted()) {
          apply(pending);
        }
        pending = new ArrayList<>();
      } else if (line.equals("COMMIT")) {
        apply(Objects.requireNonNull(pending));
        pending = null;
      } else {
        Objects.requireNonNull(pending).add(line);
      }
    }
    if (pending != null && !replaysOnlyCommitted()) {
      apply(pending);
    }
  }

  /** Applies records of one write to memory: "S" a snapshot, "C" a comment (by id), "A" an activity entry. */
  private void apply(List<String> records) {
    for (String r : records) {
      String doc = r.substring(2);
      switch (r.charAt(0)) {
        case 'S' -> {
          Session s = JSON.readSession(doc);
          sessions.put(s.id(), s);
        }
        case 'C' -> {
          Comment c = JSON.readComment(doc);
          TreeMap<Long, Comment> byNumber = comments.computeIfAbsent(c.sessionId(), k -> new TreeMap<>());
          byNumber.values().removeIf(old -> old.id().equals(c.id()));
          byNumber.put(c.number(), c);
        }
        case 'A' -> {
          ActivityEntry e = JSON.readActivity(doc);
          activity.computeIfAbsent(e.sessionId(), k -> new ArrayList<>()).add(e);
        }
        default -> throw new IllegalStateException("unknown record " + r);
      }
    }
  }

  // ---- reads ----

  @Override
  public synchronized Optional<Session> find(String sessionId) {
    return Optional.ofNullable(sessions.get(sessionId));
  }

  @Override
  public synchronized Optional<Comment> findComment(String sessionId, String commentId) {
    return comments.getOrDefault(sessionId, new TreeMap<>()).values().stream()
        .filter(c -> c.id().equals(commentId)).findFirst();
  }

  @Override
  public synchronized List<Comment> comments(String sessionId, long afterNumber, int limit) {
    return comments.getOrDefault(sessionId, new TreeMap<>()).tailMap(afterNumber, false).values().stream()
        .limit(limit).toList();
  }

  @Override
  public synchronized List<Session> search(SessionSearch search) {
    return ExpectedSearch.of(sessions.values(), search);
  }

  @Override
  public synchronized List<ActivityEntry> activity(String sessionId, long afterSeq, int limit) {
    return activity.getOrDefault(sessionId, List.of()).stream().filter(e -> e.seq() > afterSeq).limit(limit).toList();
  }

  @Override
  public synchronized List<String> archivedBefore(Instant before, @Nullable String afterId, int limit) {
    return sessions.values().stream()
        .filter(s -> s.status() == SessionStatus.ARCHIVED && s.archivedAt().filter(at -> at.isBefore(before)).isPresent())
        .map(Session::id).filter(id -> afterId == null || id.compareTo(afterId) > 0).sorted().limit(limit).toList();
  }
}
