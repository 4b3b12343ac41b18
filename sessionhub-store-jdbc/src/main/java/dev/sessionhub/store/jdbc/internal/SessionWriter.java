package dev.sessionhub.store.jdbc.internal;

import dev.sessionhub.json.SessionJson;
import dev.sessionhub.model.ActivityEntry;
import dev.sessionhub.model.Comment;
import dev.sessionhub.model.Session;
import dev.sessionhub.spi.SearchText;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.PreparedBatch;
import org.jdbi.v3.core.statement.Update;

/**
 * The statements of one session write, run inside the caller's transaction. Their number does
 * not depend on the session's size: one for the session row, a delete and a batch insert each
 * for the access rows (one per member, with the session's status and times), tags (and on H2
 * search words), one delete and one batch for the comments, one batch for the activity.
 */
final class SessionWriter {

  private static final String COLUMNS = "version, status, type, priority, owner_id, template_id, created_at,"
      + " updated_at, archived_at, progress, name_key";

  private final Tables t;
  private final Dialect dialect;
  private final SessionJson json;
  private final String insertSql;
  private final String updateSql;
  private final String updateSqlKeepingText;

  SessionWriter(Tables t, Dialect dialect, SessionJson json) {
    this.t = t;
    this.dialect = dialect;
    this.json = json;
    String textColumn = switch (dialect) {
      case POSTGRESQL -> ", search";
      case MARIADB, MYSQL -> ", words";
      case H2 -> "";
    };
    String textValue = switch (dialect) {
      case POSTGRESQL -> ", array_to_tsvector(string_to_array(?, ' '))";
      case MARIADB, MYSQL -> ", ?";
      case H2 -> "";
    };
    this.insertSql = "INSERT INTO " + t.sessions() + " (id, " + COLUMNS + textColumn + ", document)"
        + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?" + textValue + ", ?)";
    this.updateSql = "UPDATE " + t.sessions() + " SET " + COLUMNS.replace(",", " = ?,") + " = ?"
        + (textColumn.isEmpty() ? "" : textColumn + " =" + textValue.substring(1))
        + ", document = ? WHERE id = ? AND version = ?";
    this.updateSqlKeepingText = "UPDATE " + t.sessions() + " SET " + COLUMNS.replace(",", " = ?,") + " = ?"
        + ", document = ? WHERE id = ? AND version = ?";
  }

  String insertSql() {
    return insertSql;
  }

  /**
   * The UPDATE of a session row; without the search text column when {@code text} is false (its
   * words and members are unchanged): PostgreSQL then keeps the stored vector as it is, so an
   * update that changes no other indexed column can be a heap-only update touching no index, and
   * MariaDB leaves its FULLTEXT index alone.
   */
  String updateSql(boolean text) {
    return text ? updateSql : updateSqlKeepingText;
  }

  /** The value of the search text column, or null on H2 (which has none). */
  @org.jspecify.annotations.Nullable String textValue(SessionRow row) {
    return switch (dialect) {
      case POSTGRESQL -> PostgresLexemes.joined(row.id(), row.words(), row.members().keySet());
      case MARIADB, MYSQL -> row.spacedWords();
      case H2 -> null;
    };
  }

  /** Whether the search text column of {@code row} differs from that of {@code before}. */
  static boolean textChanged(Session before, SessionRow row) {
    return !SearchText.of(before).equals(new LinkedHashSet<>(row.words()))
        || !SessionRow.members(before).keySet().equals(row.members().keySet());
  }

  /** Inserts the session row; a unique violation propagates for the caller to report. */
  void insertRow(Handle h, SessionRow row) {
    Update st = h.createUpdate(insertSql);
    st.bind(0, row.id());
    int i = row.bindColumns(st, 1);
    i = bindText(st, i, row);
    st.bind(i, row.document());
    st.execute();
  }

  /** Updates the session row if it is at {@code expectedVersion}; whether it was. */
  boolean updateRow(Handle h, SessionRow row, long expectedVersion) {
    return updateRow(h, row, expectedVersion, true);
  }

  /** Updates the session row, its search text only if {@code text}; whether it was at that version. */
  boolean updateRow(Handle h, SessionRow row, long expectedVersion, boolean text) {
    Update st = h.createUpdate(updateSql(text));
    int i = row.bindColumns(st, 0);
    if (text) {
      i = bindText(st, i, row);
    }
    st.bind(i++, row.document());
    st.bind(i++, row.id());
    st.bind(i, expectedVersion);
    return st.execute() == 1;
  }

  private int bindText(Update st, int i, SessionRow row) {
    String text = textValue(row);
    return text == null ? i : bindAt(st, i, text);
  }

  private static int bindAt(Update st, int i, String value) {
    st.bind(i, value);
    return i + 1;
  }

  /**
   * Rewrites only the derived rows that changed since {@code before}, the snapshot this write
   * replaces (read under the row lock): when the members are the same, one UPDATE of the access
   * rows' status and time instead of a delete and an insert per member; tags and (H2) search
   * words only when they differ. A comment on a session of 16 members sends 2 statements here
   * instead of 5 batches.
   */
  void replaceChildren(Handle h, SessionRow row, Session before) {
    if (SessionRow.members(before).equals(row.members())) {
      h.execute("UPDATE " + t.access() + " SET status = ?, updated_at = ? WHERE session_id = ?", row.status(),
          row.updatedAt(), row.id());
    } else {
      h.execute("DELETE FROM " + t.access() + " WHERE session_id = ?", row.id());
      insertAccess(h, row);
    }
    if (!new LinkedHashSet<>(before.metadata().tags()).equals(row.tags())) {
      h.execute("DELETE FROM " + t.tags() + " WHERE session_id = ?", row.id());
      insertTags(h, row);
    }
    if (dialect == Dialect.H2 && !SearchText.of(before).equals(new LinkedHashSet<>(row.words()))) {
      h.execute("DELETE FROM " + t.words() + " WHERE session_id = ?", row.id());
      insertWords(h, row);
    }
  }

  /**
   * Replaces the rows derived from the snapshot: access rows, tags and (H2) search words. The
   * access rows are rewritten on every write because they repeat the status and update time.
   */
  void replaceChildren(Handle h, SessionRow row, boolean fresh) {
    if (!fresh) {
      h.execute("DELETE FROM " + t.access() + " WHERE session_id = ?", row.id());
      h.execute("DELETE FROM " + t.tags() + " WHERE session_id = ?", row.id());
      if (dialect == Dialect.H2) {
        h.execute("DELETE FROM " + t.words() + " WHERE session_id = ?", row.id());
      }
    }
    insertAccess(h, row);
    insertTags(h, row);
    if (dialect == Dialect.H2) {
      insertWords(h, row);
    }
  }

  private void insertAccess(Handle h, SessionRow row) {
    PreparedBatch access = h.prepareBatch("INSERT INTO " + t.access()
        + " (session_id, user_id, role, status, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?)");
    row.members().forEach((user, role) -> access.add(row.id(), user, role, row.status(), row.createdAt(),
        row.updatedAt()));
    run(access);
  }

  private void insertTags(Handle h, SessionRow row) {
    PreparedBatch tags = h.prepareBatch("INSERT INTO " + t.tags() + " (session_id, tag) VALUES (?, ?)");
    row.tags().forEach(tag -> tags.add(row.id(), tag));
    run(tags);
  }

  private void insertWords(Handle h, SessionRow row) {
    PreparedBatch words = h.prepareBatch("INSERT INTO " + t.words() + " (session_id, word) VALUES (?, ?)");
    row.words().forEach(word -> words.add(row.id(), word));
    run(words);
  }

  /**
   * Inserts the comments, replacing stored ones with the same id (the last of a repeated id wins).
   * A number taken by another comment is a unique violation, which the caller reports.
   */
  void upsertComments(Handle h, String sessionId, List<Comment> comments, boolean fresh) {
    if (comments.isEmpty()) {
      return;
    }
    Map<String, Comment> byId = lastById(comments);
    if (!fresh) {
      deleteComments(h, sessionId, byId.keySet());
    }
    PreparedBatch batch = h.prepareBatch("INSERT INTO " + t.comments() + " (session_id, number, id, document)"
        + " VALUES (?, ?, ?, ?)");
    byId.values().forEach(c -> batch.add(sessionId, c.number(), c.id(), json.writeComment(c)));
    run(batch);
  }

  /**
   * The comments of a write by id, each id once, at the place of its last occurrence, holding that
   * last occurrence: what an upsert of them in order leaves.
   */
  static Map<String, Comment> lastById(List<Comment> comments) {
    Map<String, Comment> byId = new LinkedHashMap<>();
    for (Comment c : comments) {
      byId.remove(c.id());
      byId.put(c.id(), c);
    }
    return byId;
  }

  private void deleteComments(Handle h, String sessionId, Collection<String> ids) {
    String marks = String.join(", ", java.util.Collections.nCopies(ids.size(), "?"));
    List<Object> args = new ArrayList<>();
    args.add(sessionId);
    args.addAll(ids);
    h.execute("DELETE FROM " + t.comments() + " WHERE session_id = ? AND id IN (" + marks + ")", args.toArray());
  }

  /** Appends activity entries in list order; the database assigns increasing seqs. */
  void appendActivity(Handle h, List<ActivityEntry> entries) {
    if (entries.isEmpty()) {
      return;
    }
    PreparedBatch batch = h.prepareBatch(ActivityRows.insertSql(t));
    entries.forEach(e -> ActivityRows.bind(batch, e, json).add());
    run(batch);
  }

  private static void run(PreparedBatch batch) {
    if (batch.size() > 0) {
      batch.execute();
    }
  }
}
