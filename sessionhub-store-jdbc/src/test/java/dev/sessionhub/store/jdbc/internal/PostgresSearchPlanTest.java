package dev.sessionhub.store.jdbc.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sessionhub.model.SessionQuery;
import dev.sessionhub.model.SortDirection;
import dev.sessionhub.model.SortKey;
import dev.sessionhub.spi.SessionSearch;
import dev.sessionhub.spi.SortPosition;
import dev.sessionhub.store.jdbc.Engines;
import dev.sessionhub.store.jdbc.JdbcStores;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The plans PostgreSQL chooses for the store's text searches with a cursor, on a table whose
 * statistics say what the benchmarks' seed says: many sessions in the last group of a sort
 * (priority 0, progress 0), few sessions with both the word and the viewer. A cursor in that
 * group must not make the planner believe the rest of the sort index is empty (it estimates a row
 * comparison from its first column alone): the last page is read from the text index and sorted,
 * not by walking the sort index through the whole group (docs/benchmarks.md: 115 ms on the
 * benchmarks' database before, 9.5 ms after). Its own tables ({@code plan_}), 100,000 rows
 * written in SQL, analysed.
 */
@DisplayName("JDBC store on PostgreSQL: the last pages of a text search read the text index")
class PostgresSearchPlanTest {

  private static final Tables T = new Tables(null, "plan_");
  private static DataSource db;

  @BeforeAll
  static void seed() throws SQLException {
    db = Engines.postgres();
    JdbcStores.builder(db).tablePrefix("plan_").build();
    try (Connection c = db.getConnection(); Statement st = c.createStatement()) {
      st.execute("TRUNCATE plan_sessions CASCADE");
      // Priorities 0-3 and progress 0 or 0.5 in even shares; 200 users, 1,009 words: a word and
      // a user meet in few sessions; "lead" is a member of every session, "common" in every one.
      st.execute("INSERT INTO plan_sessions (id, version, status, type, priority, owner_id, template_id, created_at,"
          + " updated_at, archived_at, progress, name_key, search, document)"
          + " SELECT lpad(g::text, 12, '0'), 1, 'ACTIVE', 'FEATURE', g % 4, 'user-' || (g % 40), NULL, g, g, NULL,"
          + " (g % 2) * 0.5, 'session ' || g,"
          + " array_to_tsvector(ARRAY['w' || (g % 1009), '@user-' || (g % 200), '@lead', 'common']), '{}'"
          + " FROM generate_series(1, 100000) AS g");
      st.execute("ANALYZE plan_sessions");
    }
  }

  @ParameterizedTest(name = "sorted by {0}, cursor at {1}")
  @CsvSource({"PRIORITY, 0", "PROGRESS, 0.0"})
  @DisplayName("a cursor in the last sort group: the text index and a sort, not the sort index")
  void lastGroup(SortKey sort, String value) throws SQLException {
    Object at = sort == SortKey.PRIORITY ? (Object) Integer.valueOf(value) : (Object) Double.valueOf(value);
    String plan = plan(sort, new SortPosition(sort, at, "000000050000"));

    assertThat(plan).contains("Bitmap Index Scan on plan_sessions_search")
        .doesNotContain("plan_sessions_" + sort.name().toLowerCase());
  }

  @ParameterizedTest(name = "sorted by {0}")
  @CsvSource({"PRIORITY", "PROGRESS"})
  @DisplayName("a word in every session of a viewer in every session: the sort index from the cursor")
  void commonWord(SortKey sort) throws SQLException {
    Object at = sort == SortKey.PRIORITY ? (Object) 2 : (Object) 0.5;
    String plan = planOf(search("common", "lead", sort, new SortPosition(sort, at, "000000050000")));

    assertThat(plan).contains("Index Scan Backward using plan_sessions_" + sort.name().toLowerCase())
        .doesNotContain("plan_sessions_search");
  }

  private static String plan(SortKey sort, SortPosition after) throws SQLException {
    return planOf(search("w7", "user-7", sort, after));
  }

  private static SessionSearch search(String word, String viewer, SortKey sort, SortPosition after) {
    SessionQuery q = SessionQuery.builder().text(word).sort(sort, SortDirection.DESC).pageSize(50).build();
    return new SessionSearch(q, viewer, after, 51);
  }

  private static String planOf(SessionSearch search) throws SQLException {
    SearchSql.Statement s = SearchSql.of(T, Dialect.POSTGRESQL, FullText.postgres(T), search);
    try (Connection c = db.getConnection(); PreparedStatement ps = c.prepareStatement("EXPLAIN " + s.sql())) {
      for (int i = 0; i < s.args().size(); i++) {
        ps.setObject(i + 1, s.args().get(i));
      }
      List<String> lines = new ArrayList<>();
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          lines.add(rs.getString(1));
        }
      }
      return String.join("\n", lines);
    }
  }
}
