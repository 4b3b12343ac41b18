package dev.sessionhub.store.jdbc.internal;

import dev.sessionhub.model.Priority;
import dev.sessionhub.model.SessionQuery;
import dev.sessionhub.model.SessionStatus;
import dev.sessionhub.model.SessionType;
import dev.sessionhub.model.SortDirection;
import dev.sessionhub.model.SortKey;
import dev.sessionhub.spi.SearchText;
import dev.sessionhub.spi.SessionSearch;
import dev.sessionhub.spi.SortPosition;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * One search as SQL: the visibility, filter, text and keyset conditions of {@link SessionSearch},
 * each bound as a parameter, ordered by the sort column then id, with a LIMIT (never OFFSET).
 *
 * <p>Every search is limited to the viewer's sessions. Sorted by update or creation time it is
 * driven by the viewer's rows of {@code session_access}, whose indexes {@code (user_id,
 * updated_at | created_at, session_id, status)} hold a user's sessions in that order with their
 * status: a page reads about as many index entries as it returns (divided by the share of
 * sessions the status filter keeps), however many sessions the user has. The status and time
 * filters apply to those columns too. Sorted by priority, progress or name it is driven by the
 * sessions table, its sort index and a membership probe per row, which is slower for users in
 * very many sessions (docs/jdbc-store.md).
 */
final class SearchSql {

  private final Tables t;
  private final Dialect dialect;
  private final FullText fullText;
  private final StringBuilder where = new StringBuilder();
  private final List<Object> args = new ArrayList<>();

  private SearchSql(Tables t, Dialect dialect, FullText fullText) {
    this.t = t;
    this.dialect = dialect;
    this.fullText = fullText;
  }

  /** The SQL text and its arguments, in order. */
  record Statement(String sql, List<Object> args) {}

  static Statement of(Tables t, Dialect dialect, FullText fullText, SessionSearch search) {
    return new SearchSql(t, dialect, fullText).build(search);
  }

  private Statement build(SessionSearch search) {
    SessionQuery q = search.query();
    boolean byAccess = q.sort() == SortKey.UPDATED || q.sort() == SortKey.CREATED;
    // The alias of the row that holds status, created_at and updated_at for this form.
    String r = byAccess ? "a" : "s";
    String from;
    Set<String> words = q.text() == null ? Set.of() : SearchText.of(q.text());
    String member = q.memberId() != null && !q.memberId().equals(search.viewer()) ? q.memberId() : null;
    // PostgreSQL (schema version 4): the viewer and the member filter as lexemes of the search
    // vector, so that one GIN lookup answers text and visibility together; a page by update or
    // creation time without text keeps walking the viewer's access rows in order.
    boolean lexemes = dialect == Dialect.POSTGRESQL && (!byAccess || !words.isEmpty());
    if (byAccess) {
      from = t.access() + " a JOIN " + t.sessions() + " s ON s.id = a.session_id";
      condition("a.user_id = ?", search.viewer());
    } else {
      from = t.sessions() + " s";
      if (!lexemes) {
        condition("EXISTS (SELECT 1 FROM " + t.access() + " a WHERE a.session_id = s.id AND a.user_id = ?)",
            search.viewer());
      }
    }
    in(r + ".status", q.effectiveStatuses().stream().map(SessionStatus::name).toList());
    in("s.type", q.types().stream().map(SessionType::name).toList());
    in("s.priority", q.priorities().stream().map(Priority::ordinal).toList());
    optional("s.owner_id = ?", q.ownerId());
    if (member != null && !lexemes) {
      condition("EXISTS (SELECT 1 FROM " + t.access() + " mm WHERE mm.session_id = s.id AND mm.user_id = ?)",
          member);
    }
    for (String tag : q.tags()) {
      condition("EXISTS (SELECT 1 FROM " + t.tags() + " g WHERE g.session_id = s.id AND g.tag = ?)", tag);
    }
    optional("s.template_id = ?", q.templateId());
    time(r + ".created_at >= ?", q.createdFrom());
    time(r + ".created_at < ?", q.createdTo());
    time(r + ".updated_at >= ?", q.updatedFrom());
    time(r + ".updated_at < ?", q.updatedTo());
    optional("s.progress >= ?", q.progressMin());
    optional("s.progress <= ?", q.progressMax());
    if (lexemes) {
      List<String> users = new ArrayList<>();
      users.add(search.viewer());
      if (member != null) {
        users.add(member);
      }
      condition("s.search @@ CAST(? AS tsquery)", PostgresLexemes.tsquery(words, users));
    } else if (!words.isEmpty()) {
      fullText.condition(words, this::condition);
    }
    String col = column(q.sort(), r);
    String id = byAccess ? "a.session_id" : "s.id";
    keyset(search, col, id);
    String dir = q.direction() == SortDirection.ASC ? "ASC" : "DESC";
    args.add(search.limit());
    String sql = "SELECT s.document FROM " + from + " WHERE " + where
        + " ORDER BY " + col + " " + dir + ", " + id + " " + dir + " LIMIT ?";
    return new Statement(sql, List.copyOf(args));
  }

  private static String column(SortKey key, String alias) {
    return switch (key) {
      case UPDATED -> alias + ".updated_at";
      case CREATED -> alias + ".created_at";
      case PRIORITY -> "s.priority";
      case PROGRESS -> "s.progress";
      case NAME -> "s.name_key";
    };
  }

  private void keyset(SessionSearch search, String col, String id) {
    SortPosition after = search.after();
    if (after == null) {
      return;
    }
    SortKey sort = search.query().sort();
    if (after.key() != sort) {
      throw new IllegalArgumentException("search sorted by " + sort
          + " cannot start after a position sorted by " + after.key());
    }
    String op = search.query().direction() == SortDirection.ASC ? ">" : "<";
    Object value = after.value() instanceof Instant i ? Nanos.of(i) : after.value();
    if (dialect.hasRowValues()) {
      // "(col, id) < (v, x)" written as "(col, id) <= (v, x) AND id <> x" (the same rows: ids are
      // unique): PostgreSQL estimates a row comparison from its first column alone, and for a
      // cursor in the last group of the sort ("priority < 0", "progress < 0") that is an empty
      // range, so it walked the sort index from the cursor through every row of that group,
      // checking the text on each (100-460 ms on the last pages of a text search sorted by
      // priority or progress); "priority <= 0" is estimated as the group it is, and the GIN
      // lookup and a sort win where they should. The index still bounds the scan either way.
      condition("(" + col + ", " + id + ") " + op + "= (?, ?) AND " + id + " <> ?", value, after.id(), after.id());
    } else {
      condition("(" + col + " " + op + " ? OR (" + col + " = ? AND " + id + " " + op + " ?))", value, value,
          after.id());
    }
  }

  private void in(String column, Collection<?> values) {
    if (!values.isEmpty()) {
      String marks = values.stream().map(v -> "?").collect(Collectors.joining(", "));
      condition(column + " IN (" + marks + ")", values.toArray());
    }
  }

  private void optional(String sql, @Nullable Object value) {
    if (value != null) {
      condition(sql, value);
    }
  }

  private void time(String sql, @Nullable Instant value) {
    if (value != null) {
      condition(sql, Nanos.of(value));
    }
  }

  private void condition(String sql, Object... values) {
    if (where.length() > 0) {
      where.append(" AND ");
    }
    where.append(sql);
    args.addAll(List.of(values));
  }
}
