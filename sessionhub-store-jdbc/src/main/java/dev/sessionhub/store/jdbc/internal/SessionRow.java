package dev.sessionhub.store.jdbc.internal;

import dev.sessionhub.json.SessionJson;
import dev.sessionhub.model.Collaborator;
import dev.sessionhub.model.Session;
import dev.sessionhub.model.TemplateRef;
import dev.sessionhub.spi.SearchText;
import dev.sessionhub.spi.SortPosition;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jdbi.v3.core.statement.SqlStatement;
import org.jspecify.annotations.Nullable;

/**
 * The columns of a session's row, extracted from its snapshot: the document (the codec's JSON,
 * the only thing read back) plus the columns that filters, sorts and search use.
 */
record SessionRow(
    String id,
    long version,
    String status,
    String type,
    int priority,
    String ownerId,
    @Nullable String templateId,
    BigDecimal createdAt,
    BigDecimal updatedAt,
    @Nullable BigDecimal archivedAt,
    double progress,
    String nameKey,
    List<String> words,
    Map<String, String> members,
    Set<String> tags,
    String document) {

  static SessionRow of(Session s, SessionJson json) {
    Map<String, String> members = members(s);
    return new SessionRow(s.id(), s.version(), s.status().name(), s.type().name(), s.priority().ordinal(),
        s.ownerId(), s.template().map(TemplateRef::templateId).orElse(null), Nanos.of(s.createdAt()),
        Nanos.of(s.updatedAt()), Nanos.ofNullable(s.archivedAt().orElse(null)), s.progress(),
        SortPosition.nameKey(s.name()), new ArrayList<>(SearchText.of(s)), members,
        new LinkedHashSet<>(s.metadata().tags()), json.writeSession(s));
  }

  /** The access rows' members of a snapshot: user to role name, the first role of a repeated user. */
  static Map<String, String> members(Session s) {
    Map<String, String> members = new LinkedHashMap<>();
    for (Collaborator c : s.collaborators()) {
      members.putIfAbsent(c.userId(), c.role().name());
    }
    return members;
  }

  /** The words separated by single spaces, with a space before the first and after the last. */
  String spacedWords() {
    return words.isEmpty() ? " " : " " + String.join(" ", words) + " ";
  }

  /** The values of the columns from {@code version} to {@code name_key}, for a {@link Pipeline}. */
  List<Object> columnValues() {
    return List.of(version, status, type, priority, ownerId, Pipeline.nullable(templateId, java.sql.Types.VARCHAR),
        createdAt, updatedAt, Pipeline.nullable(archivedAt, java.sql.Types.NUMERIC), progress, nameKey);
  }

  /** Binds the columns from {@code version} to {@code name_key} at positions {@code from}... */
  int bindColumns(SqlStatement<?> st, int from) {
    int i = from;
    st.bind(i++, version);
    st.bind(i++, status);
    st.bind(i++, type);
    st.bind(i++, priority);
    st.bind(i++, ownerId);
    st.bindByType(i++, templateId, String.class);
    st.bind(i++, createdAt);
    st.bind(i++, updatedAt);
    st.bindByType(i++, archivedAt, BigDecimal.class);
    st.bind(i++, progress);
    st.bind(i++, nameKey);
    return i;
  }
}
