package dev.sessionhub.store.jdbc.internal;

import dev.sessionhub.json.SessionJson;
import dev.sessionhub.model.ActivityEntry;
import dev.sessionhub.model.Comment;
import dev.sessionhub.model.Session;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jspecify.annotations.Nullable;

/**
 * The writes of the session store on PostgreSQL, each sent as few {@link Pipeline}s as its logic
 * allows: an insert is one round trip (and the commit), a change through {@code modify} two (the
 * locking read, then every write) and the commit.
 *
 * <p>The rows of a child table go in one {@code INSERT ... SELECT ... FROM unnest(arrays)}, so a
 * statement's text does not depend on the number of members, tags, comments or entries (the
 * driver's prepared-statement cache and the server's plans are shared by every write). Every
 * pipeline starts with {@code set_config('statement_timeout', ?, true)}: the store's query timeout
 * as a server setting of the transaction, which ends with it, instead of a JDBC query timeout,
 * for which the driver arms and cancels a timer task on every statement.
 */
final class PostgresWrites {

  private final Tables t;
  private final SessionWriter writer;
  private final SessionJson json;
  private final String timeoutMillis;

  PostgresWrites(Tables t, SessionWriter writer, SessionJson json, Duration queryTimeout) {
    this.t = t;
    this.writer = writer;
    this.json = json;
    this.timeoutMillis = millis(queryTimeout);
  }

  /** A timeout as PostgreSQL's {@code statement_timeout} value: whole milliseconds, at least 1. */
  static String millis(Duration timeout) {
    return Long.toString(Math.max(1, Math.min(Integer.MAX_VALUE, timeout.toMillis())));
  }

  /** A pipeline that starts by bounding every statement of the transaction. */
  Pipeline pipeline() {
    return new Pipeline().add("SELECT set_config('statement_timeout', ?, true)", timeoutMillis);
  }

  /** The statements of an insert; a unique violation (stored id or taken number) propagates. */
  void insert(Handle h, SessionRow row, List<Comment> comments, List<ActivityEntry> activity) {
    Pipeline p = pipeline();
    List<Object> values = new ArrayList<>();
    values.add(row.id());
    values.addAll(row.columnValues());
    values.add(writer.textValue(row));
    values.add(row.document());
    p.add(writer.insertSql(), values.toArray());
    addAccess(p, row);
    addTags(p, row);
    addComments(p, row.id(), comments, true);
    addActivity(p, activity);
    p.run(h, null);
  }

  /**
   * Locks the session's row for the transaction and reads its document (the first round trip of
   * a {@code modify}).
   */
  Optional<String> lockAndRead(Handle h, String sessionId) {
    String[] document = new String[1];
    pipeline().add("SELECT document FROM " + t.sessions() + " WHERE id = ? FOR UPDATE", sessionId)
        .run(h, rs -> document[0] = rs.getString(1));
    return Optional.ofNullable(document[0]);
  }

  /**
   * The session row's UPDATE at {@code expectedVersion} and every changed child row in one round
   * trip, after {@link #lockAndRead} (the row is locked, so the UPDATE matches); only what changed
   * since {@code before} is rewritten, as {@link SessionWriter#replaceChildren(Handle, SessionRow,
   * Session)} does. Whether the row was at that version.
   */
  boolean modify(Handle h, SessionRow row, long expectedVersion, Session before, List<Comment> comments,
      List<ActivityEntry> activity) {
    Pipeline p = new Pipeline();
    addRowUpdate(p, row, expectedVersion, SessionWriter.textChanged(before, row));
    addChildren(p, row, before, comments, activity);
    return p.run(h, null)[0] == 1;
  }

  /**
   * An update at {@code expectedVersion} without a locking read: the row's UPDATE first (a round
   * trip, so that a stale or missing session writes nothing else), then every child row replaced,
   * in a second. Whether the row was at that version.
   */
  boolean update(Handle h, SessionRow row, long expectedVersion, List<Comment> comments,
      List<ActivityEntry> activity) {
    Pipeline first = pipeline();
    int update = first.size();
    addRowUpdate(first, row, expectedVersion, true);
    if (first.run(h, null)[update] != 1) {
      return false;
    }
    Pipeline rest = new Pipeline();
    addChildren(rest, row, null, comments, activity);
    rest.run(h, null);
    return true;
  }

  private void addRowUpdate(Pipeline p, SessionRow row, long expectedVersion, boolean text) {
    List<Object> values = new ArrayList<>(row.columnValues());
    if (text) {
      values.add(writer.textValue(row));
    }
    values.add(row.document());
    values.add(row.id());
    values.add(expectedVersion);
    p.add(writer.updateSql(text), values.toArray());
  }

  private void addChildren(Pipeline p, SessionRow row, @Nullable Session before, List<Comment> comments,
      List<ActivityEntry> activity) {
    if (before != null && SessionRow.members(before).equals(row.members())) {
      p.add("UPDATE " + t.access() + " SET status = ?, updated_at = ? WHERE session_id = ?", row.status(),
          row.updatedAt(), row.id());
    } else {
      p.add("DELETE FROM " + t.access() + " WHERE session_id = ?", row.id());
      addAccess(p, row);
    }
    if (before == null || !new LinkedHashSet<>(before.metadata().tags()).equals(row.tags())) {
      p.add("DELETE FROM " + t.tags() + " WHERE session_id = ?", row.id());
      addTags(p, row);
    }
    addComments(p, row.id(), comments, false);
    addActivity(p, activity);
  }

  private void addAccess(Pipeline p, SessionRow row) {
    p.add("INSERT INTO " + t.access() + " (session_id, user_id, role, status, created_at, updated_at)"
        + " SELECT ?, m.u, m.r, ?, ?, ? FROM unnest(CAST(? AS text[]), CAST(? AS text[])) AS m(u, r)",
        row.id(), row.status(), row.createdAt(), row.updatedAt(),
        Pipeline.textArray(new ArrayList<>(row.members().keySet())),
        Pipeline.textArray(new ArrayList<>(row.members().values())));
  }

  private void addTags(Pipeline p, SessionRow row) {
    if (!row.tags().isEmpty()) {
      p.add("INSERT INTO " + t.tags() + " (session_id, tag) SELECT ?, g FROM unnest(CAST(? AS text[])) AS g",
          row.id(), Pipeline.textArray(new ArrayList<>(row.tags())));
    }
  }

  /** Comment upserts: the last of a repeated id wins; stored ones with those ids are replaced. */
  private void addComments(Pipeline p, String sessionId, List<Comment> comments, boolean fresh) {
    if (comments.isEmpty()) {
      return;
    }
    Map<String, Comment> byId = SessionWriter.lastById(comments);
    List<String> ids = new ArrayList<>(byId.keySet());
    if (!fresh) {
      p.add("DELETE FROM " + t.comments() + " WHERE session_id = ? AND id = ANY (CAST(? AS text[]))", sessionId,
          Pipeline.textArray(ids));
    }
    List<Long> numbers = new ArrayList<>();
    List<String> documents = new ArrayList<>();
    for (Comment c : byId.values()) {
      numbers.add(c.number());
      documents.add(json.writeComment(c));
    }
    p.add("INSERT INTO " + t.comments() + " (session_id, number, id, document) SELECT ?, c.n, c.i, c.d"
        + " FROM unnest(CAST(? AS bigint[]), CAST(? AS text[]), CAST(? AS text[])) AS c(n, i, d)", sessionId,
        Pipeline.longArray(numbers), Pipeline.textArray(ids), Pipeline.textArray(documents));
  }

  /** Activity entries in list order: the rows are inserted (and draw their seqs) in ordinality order. */
  private void addActivity(Pipeline p, List<ActivityEntry> entries) {
    if (entries.isEmpty()) {
      return;
    }
    List<String> sessions = new ArrayList<>();
    List<Long> versions = new ArrayList<>();
    List<String> actors = new ArrayList<>();
    List<String> actions = new ArrayList<>();
    List<String> times = new ArrayList<>();
    List<String> deltas = new ArrayList<>();
    for (ActivityEntry e : entries) {
      sessions.add(e.sessionId());
      versions.add(e.sessionVersion());
      actors.add(e.actor());
      actions.add(e.action());
      times.add(e.at().toString());
      deltas.add(json.writeValue(e.delta()));
    }
    p.add("INSERT INTO " + t.activity() + " (session_id, session_version, actor, action, occurred_at, delta)"
        + " SELECT e.s, e.v, e.a, e.x, e.t, e.d FROM unnest(CAST(? AS text[]), CAST(? AS bigint[]),"
        + " CAST(? AS text[]), CAST(? AS text[]), CAST(? AS text[]), CAST(? AS text[]))"
        + " WITH ORDINALITY AS e(s, v, a, x, t, d, o) ORDER BY e.o",
        Pipeline.textArray(sessions), Pipeline.longArray(versions), Pipeline.textArray(actors),
        Pipeline.textArray(actions), Pipeline.textArray(times), Pipeline.textArray(deltas));
  }
}
