package dev.sessionhub.store.jdbc.internal;

import dev.sessionhub.error.ConflictException;
import dev.sessionhub.error.DuplicateIdException;
import dev.sessionhub.error.NotFoundException;
import dev.sessionhub.json.SessionJson;
import dev.sessionhub.model.ActivityEntry;
import dev.sessionhub.model.Comment;
import dev.sessionhub.model.Session;
import dev.sessionhub.spi.SessionSearch;
import dev.sessionhub.spi.SessionStore;
import dev.sessionhub.spi.SessionWrite;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.Query;
import org.jspecify.annotations.Nullable;

/**
 * The {@link SessionStore} on a relational database. Each session is one row holding the codec's
 * JSON document plus extracted columns for filters, sorts and search; members, tags (and on H2
 * search words) are child rows replaced on every write; comments and activity have their own
 * tables. Every write is one transaction (see {@link SessionWriter}); an update is
 * {@code UPDATE ... WHERE id = ? AND version = ?}, so of two racing writers exactly one wins.
 * Thread-safe: all state is in the database.
 */
public final class JdbcSessionStore implements SessionStore {

  private final Db db;
  private final Tables t;
  private final Supplier<Parts> parts;
  private final SessionJson json;

  JdbcSessionStore(Db db, Tables t, Supplier<Parts> parts, SessionJson json) {
    this.db = db;
    this.t = t;
    this.parts = parts;
    this.json = json;
  }

  @Override
  public Optional<Session> find(String sessionId) {
    Objects.requireNonNull(sessionId, "sessionId");
    return db.read(h -> h.createQuery("SELECT document FROM " + t.sessions() + " WHERE id = ?")
        .bind(0, sessionId).mapTo(String.class).findOne()).map(json::readSession);
  }

  @Override
  public void insert(SessionWrite write) {
    write.requireInsert();
    String id = write.session().id();
    SessionRow row = SessionRow.of(write.session(), json);
    Parts p = parts.get();
    if (p.postgres() != null) {
      insertPostgres(p.postgres(), row, write);
      return;
    }
    SessionWriter writer = p.writer();
    try {
      db.write(h -> {
        try {
          writer.insertRow(h, row);
        } catch (RuntimeException e) {
          if (Failures.uniqueViolation(e)) {
            throw new DuplicateIdException("session", id);
          }
          throw e;
        }
        writeRest(h, row, write, true);
        return null;
      });
    } catch (NumberTaken e) {
      throw takenNumber(id, write.comments(), e);
    }
  }

  /**
   * PostgreSQL: every statement of the insert in one round trip. A unique violation is either the
   * session's id (stored already) or a comment number taken twice by the write; which one is read
   * after the rollback (the error path only).
   */
  private void insertPostgres(PostgresWrites pg, SessionRow row, SessionWrite write) {
    try {
      db.write(h -> {
        try {
          pg.insert(h, row, write.comments(), write.activity());
        } catch (RuntimeException e) {
          if (Failures.uniqueViolation(e)) {
            throw new NumberTaken(e);
          }
          throw e;
        }
        return null;
      });
    } catch (NumberTaken e) {
      if (storedVersion(row.id()).isPresent()) {
        DuplicateIdException duplicate = new DuplicateIdException("session", row.id());
        duplicate.initCause(e.getCause());
        throw duplicate;
      }
      throw takenNumber(row.id(), write.comments(), e);
    }
  }

  @Override
  public void update(SessionWrite write) {
    write.requireUpdate();
    String id = write.session().id();
    SessionRow row = SessionRow.of(write.session(), json);
    Parts p = parts.get();
    SessionWriter writer = p.writer();
    PostgresWrites pg = p.postgres();
    boolean updated;
    try {
      updated = db.write(h -> {
        if (pg != null) {
          return numbered(() -> pg.update(h, row, write.expectedVersion(), write.comments(), write.activity()));
        }
        if (!writer.updateRow(h, row, write.expectedVersion())) {
          return false;
        }
        writeRest(h, row, write, false);
        return true;
      });
    } catch (NumberTaken e) {
      throw takenNumber(id, write.comments(), e);
    }
    if (!updated) {
      throw staleWrite(id, write.expectedVersion());
    }
  }

  /**
   * Locks the session's row ({@code SELECT ... FOR UPDATE}), reads its snapshot, and writes what
   * {@code change} makes of it in the same transaction: writers of one session queue on the row
   * lock instead of failing on the version check.
   */
  @Override
  public SessionWrite modify(String sessionId, Function<Session, SessionWrite> change) {
    Objects.requireNonNull(sessionId, "sessionId");
    Objects.requireNonNull(change, "change");
    Parts p = parts.get();
    SessionWriter writer = p.writer();
    PostgresWrites pg = p.postgres();
    List<Comment> comments = new ArrayList<>();
    try {
      return db.write(h -> {
        String document = (pg != null ? pg.lockAndRead(h, sessionId)
            : h.createQuery("SELECT document FROM " + t.sessions() + " WHERE id = ? FOR UPDATE")
                .bind(0, sessionId).mapTo(String.class).findOne())
            .orElseThrow(() -> new NotFoundException("session", sessionId));
        Session current = json.readSession(document);
        SessionWrite write = change.apply(current);
        write.requireModifies(current);
        comments.addAll(write.comments());
        SessionRow row = SessionRow.of(write.session(), json);
        boolean updated = pg != null
            ? numbered(() -> pg.modify(h, row, write.expectedVersion(), current, write.comments(), write.activity()))
            : writer.updateRow(h, row, write.expectedVersion(), SessionWriter.textChanged(current, row));
        if (!updated) {
          throw new IllegalStateException("session " + sessionId + " changed while its row was locked");
        }
        if (pg == null) {
          writer.replaceChildren(h, row, current);
          writeComments(h, row, write, false);
        }
        return write;
      });
    } catch (NumberTaken e) {
      throw takenNumber(sessionId, comments, e);
    }
  }

  private void writeRest(Handle h, SessionRow row, SessionWrite write, boolean fresh) {
    parts.get().writer().replaceChildren(h, row, fresh);
    writeComments(h, row, write, fresh);
  }

  private void writeComments(Handle h, SessionRow row, SessionWrite write, boolean fresh) {
    SessionWriter writer = parts.get().writer();
    try {
      writer.upsertComments(h, row.id(), write.comments(), fresh);
    } catch (RuntimeException e) {
      if (Failures.uniqueViolation(e)) {
        throw new NumberTaken(e);
      }
      throw e;
    }
    writer.appendActivity(h, write.activity());
  }

  /** Runs pipelined writes in which the only possible unique violation is a taken comment number. */
  private static boolean numbered(Supplier<Boolean> work) {
    try {
      return work.get();
    } catch (RuntimeException e) {
      if (Failures.uniqueViolation(e)) {
        throw new NumberTaken(e);
      }
      throw e;
    }
  }

  /** Inside a write: a comment took a number another comment holds; the transaction rolls back. */
  private static final class NumberTaken extends RuntimeException {
    private static final long serialVersionUID = 1L;

    NumberTaken(RuntimeException cause) {
      super(cause);
    }
  }

  /**
   * The error of a write rolled back because a comment took a taken number, naming the number:
   * one held by two comments of the write, else one a stored comment with another id holds (read
   * after the rollback; the first of the write's numbers if that read finds none).
   */
  private DuplicateIdException takenNumber(String id, List<Comment> comments, NumberTaken taken) {
    Map<String, Comment> byId = new LinkedHashMap<>();
    comments.forEach(c -> byId.put(c.id(), c));
    Map<Long, String> holders = new HashMap<>();
    Long number = null;
    for (Comment c : byId.values()) {
      if (holders.putIfAbsent(c.number(), c.id()) != null) {
        number = c.number();
        break;
      }
    }
    if (number == null) {
      try {
        List<Long> numbers = holders.keySet().stream().sorted().toList();
        String marks = String.join(", ", Collections.nCopies(numbers.size(), "?"));
        number = db.read(h -> {
          Query q = h.createQuery("SELECT number, id FROM " + t.comments()
              + " WHERE session_id = ? AND number IN (" + marks + ") ORDER BY number").bind(0, id);
          for (int i = 0; i < numbers.size(); i++) {
            q.bind(i + 1, numbers.get(i));
          }
          return q.map((rs, ctx) -> Map.entry(rs.getLong(1), rs.getString(2))).list();
        }).stream().filter(e -> holders.containsKey(e.getKey()) && !holders.get(e.getKey()).equals(e.getValue()))
            .map(Map.Entry::getKey).findFirst().orElse(null);
      } catch (RuntimeException e) {
        taken.addSuppressed(e);
      }
    }
    if (number == null) {
      number = byId.values().iterator().next().number();
    }
    DuplicateIdException e = new DuplicateIdException("comment number", id + " #" + number);
    e.initCause(taken.getCause());
    return e;
  }

  /** Why an update changed no row: the session is at another version, or is not stored. */
  private RuntimeException staleWrite(String id, long expected) {
    return storedVersion(id).<RuntimeException>map(v -> new ConflictException(id, expected, v))
        .orElseGet(() -> new NotFoundException("session", id));
  }

  private Optional<Long> storedVersion(String id) {
    return db.read(h -> h.createQuery("SELECT version FROM " + t.sessions() + " WHERE id = ?")
        .bind(0, id).mapTo(Long.class).findOne());
  }

  @Override
  public Optional<Comment> findComment(String sessionId, String commentId) {
    Objects.requireNonNull(sessionId, "sessionId");
    Objects.requireNonNull(commentId, "commentId");
    return db.read(h -> h.createQuery("SELECT document FROM " + t.comments() + " WHERE session_id = ? AND id = ?")
        .bind(0, sessionId).bind(1, commentId).mapTo(String.class).findOne()).map(json::readComment);
  }

  @Override
  public List<Comment> comments(String sessionId, long afterNumber, int limit) {
    Objects.requireNonNull(sessionId, "sessionId");
    WriteChecks.limit(limit);
    return db.read(h -> h.createQuery("SELECT document FROM " + t.comments()
            + " WHERE session_id = ? AND number > ? ORDER BY number LIMIT ?")
        .bind(0, sessionId).bind(1, afterNumber).bind(2, limit).mapTo(String.class).list())
        .stream().map(json::readComment).toList();
  }

  /**
   * One page of a search. On PostgreSQL the query runs in a short transaction, in the same round
   * trip as one {@code SELECT set_config(..., true)} of three settings that end with the
   * transaction (the host's connection is left as it was):
   * <ul>
   *   <li>{@code plan_cache_mode = force_custom_plan}: the driver turns a statement it has run 5
   *       times into a server-side prepared statement, and PostgreSQL may then switch to one
   *       generic plan for all parameter values. A search's best plan depends on its values (a
   *       user in 0.5% or in 70% of the sessions, a word in 3 sessions or in 100,000); a generic
   *       plan made light searches 100 to 500 times slower (docs/benchmarks.md). A custom plan
   *       costs a planning of well under a millisecond.
   *   <li>{@code max_parallel_workers_per_gather = 0}: a search returns one page, and on big users
   *       PostgreSQL chose plans with 2 parallel workers that were 2.5-4x slower than the serial
   *       plan on a 2-core machine (issue 12); a page's work is too small to pay for starting
   *       workers, and the workers take cores from the other requests of a busy server.
   *   <li>{@code statement_timeout}: the store's query timeout as a server setting instead of a
   *       JDBC timer per statement.
   * </ul>
   */
  @Override
  public List<Session> search(SessionSearch search) {
    WriteChecks.limit(search.limit());
    Parts p = parts.get();
    SearchSql.Statement st = SearchSql.of(t, p.dialect(), p.fullText(), search);
    List<String> documents = p.dialect() == Dialect.POSTGRESQL
        ? db.read(h -> h.inTransaction(tx -> {
            List<String> found = new ArrayList<>();
            new Pipeline().add("SELECT set_config('plan_cache_mode', 'force_custom_plan', true),"
                    + " set_config('max_parallel_workers_per_gather', '0', true),"
                    + " set_config('statement_timeout', ?, true)", p.timeoutMillis())
                .add(st.sql(), st.args().toArray())
                .run(tx, rs -> found.add(rs.getString(1)));
            return found;
          }))
        : db.read(h -> documents(h, st));
    return documents.stream().map(json::readSession).toList();
  }

  private static List<String> documents(Handle h, SearchSql.Statement st) {
    return bindAll(h.createQuery(st.sql()), st.args()).mapTo(String.class).list();
  }

  private static Query bindAll(Query q, List<Object> args) {
    for (int i = 0; i < args.size(); i++) {
      q.bind(i, args.get(i));
    }
    return q;
  }

  @Override
  public ActivityEntry appendActivity(ActivityEntry entry) {
    Objects.requireNonNull(entry, "entry");
    parts.get();
    long seq = db.write(h -> {
      boolean exists = h.createQuery("SELECT id FROM " + t.sessions() + " WHERE id = ? FOR UPDATE")
          .bind(0, entry.sessionId()).mapTo(String.class).findOne().isPresent();
      if (!exists) {
        throw new NotFoundException("session", entry.sessionId());
      }
      return ActivityRows.bind(h.createUpdate(ActivityRows.insertSql(t)), entry, json)
          .executeAndReturnGeneratedKeys("seq").mapTo(Long.class).one();
    });
    return entry.withSeq(seq);
  }

  @Override
  public List<ActivityEntry> activity(String sessionId, long afterSeq, int limit) {
    Objects.requireNonNull(sessionId, "sessionId");
    WriteChecks.limit(limit);
    return db.read(h -> h.createQuery("SELECT " + ActivityRows.selectColumns() + " FROM " + t.activity()
            + " WHERE session_id = ? AND seq > ? ORDER BY seq LIMIT ?")
        .bind(0, sessionId).bind(1, afterSeq).bind(2, limit).map(ActivityRows.mapper(json)).list());
  }

  @Override
  public List<String> archivedBefore(Instant before, @Nullable String afterId, int limit) {
    Objects.requireNonNull(before, "before");
    WriteChecks.limit(limit);
    String sql = "SELECT id FROM " + t.sessions() + " WHERE status = 'ARCHIVED' AND archived_at < ?"
        + (afterId == null ? "" : " AND id > ?") + " ORDER BY id LIMIT ?";
    return db.read(h -> {
      Query q = h.createQuery(sql).bind(0, Nanos.of(before));
      int i = 1;
      if (afterId != null) {
        q.bind(i++, afterId);
      }
      return q.bind(i, limit).mapTo(String.class).list();
    });
  }
}
