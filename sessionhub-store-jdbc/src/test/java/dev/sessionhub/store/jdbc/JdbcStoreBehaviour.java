package dev.sessionhub.store.jdbc;

import static dev.sessionhub.store.jdbc.TestData.INJECTIONS;
import static dev.sessionhub.store.jdbc.TestData.OWNER;
import static dev.sessionhub.store.jdbc.TestData.T0;
import static dev.sessionhub.store.jdbc.TestData.aSession;
import static dev.sessionhub.store.jdbc.TestData.activity;
import static dev.sessionhub.store.jdbc.TestData.comment;
import static dev.sessionhub.store.jdbc.TestData.insertOf;
import static dev.sessionhub.store.jdbc.TestData.next;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.sessionhub.error.DuplicateIdException;
import dev.sessionhub.model.ActivityEntry;
import dev.sessionhub.model.Collaborator;
import dev.sessionhub.model.Comment;
import dev.sessionhub.model.Difficulty;
import dev.sessionhub.model.Goal;
import dev.sessionhub.model.Learning;
import dev.sessionhub.model.Priority;
import dev.sessionhub.model.Role;
import dev.sessionhub.model.Session;
import dev.sessionhub.model.SessionMetadata;
import dev.sessionhub.model.SessionQuery;
import dev.sessionhub.model.SessionType;
import dev.sessionhub.model.SortDirection;
import dev.sessionhub.model.SortKey;
import dev.sessionhub.model.Template;
import dev.sessionhub.model.TemplateRef;
import dev.sessionhub.spi.SessionSearch;
import dev.sessionhub.spi.SessionStore;
import dev.sessionhub.spi.SessionWrite;
import dev.sessionhub.spi.TemplateStore;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * What the JDBC stores guarantee beyond the contract kit (which the {@code *ContractTest} classes
 * run on each engine, exact ids and every word of a text search included), run against each
 * engine by a few-line subclass: values PostgreSQL text cannot hold, rollback of the derived rows
 * (members, tags, search words), and literal storage of SQL-injection strings.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class JdbcStoreBehaviour {

  protected static final String PREFIX = "tst_";

  protected DataSource dataSource;
  protected SessionStore store;
  protected TemplateStore templates;

  /** The database under test; called once per class. */
  protected abstract DataSource createDataSource();

  @BeforeAll
  void startStore() {
    dataSource = createDataSource();
    JdbcStores stores = JdbcStores.builder(dataSource).tablePrefix(PREFIX).queryTimeout(Duration.ofSeconds(20)).build();
    store = stores.sessionStore();
    templates = stores.templateStore();
  }

  @AfterEach
  void cleanUp() throws SQLException {
    truncate(dataSource, PREFIX);
  }

  static void truncate(DataSource ds, String prefix) throws SQLException {
    try (Connection c = ds.getConnection(); Statement st = c.createStatement()) {
      List<String> tables = new ArrayList<>(List.of("activity", "comments", "session_tags", "session_access"));
      if (c.getMetaData().getDatabaseProductName().equals("H2")) {
        tables.add("session_words");
      }
      tables.addAll(List.of("sessions", "templates"));
      for (String table : tables) {
        st.execute("DELETE FROM " + prefix + table);
      }
    }
  }

  @Nested
  @DisplayName("writes")
  class Writes {

    @Test
    @DisplayName("a NUL character and extreme numbers in custom values round-trip (PostgreSQL text cannot hold U+0000)")
    void documentValues() {
      Session s = aSession("nul").customFields(TestData.map("big", 1234567890123456789L, "pi", 3.141592653589793,
          "s", "x\u0000y", "list", List.of(1L, "two"), "none", null)).build();
      store.insert(insertOf(s));
      assertThat(store.find(s.id())).contains(s);
    }

    @Test
    @DisplayName("a write failing half-way (a comment number taken) rolls back its member, tag and word rows too")
    void atomicUpdate() {
      Session v1 = aSession("atom").name("before").metadata(new SessionMetadata(List.of("old"), List.of(), null)).build();
      store.insert(insertOf(v1, comment("atom", 1)));
      Session v2 = next(v1, b -> b.name("after").metadata(new SessionMetadata(List.of("new"), List.of(), null))
          .collaborators(List.of(new Collaborator(OWNER, Role.OWNER, T0), new Collaborator("u-x", Role.VIEWER, T0))));
      Comment clash = new Comment("other", "atom", 1, null, OWNER, "clash", List.of(), T0, null);
      SessionWrite write = new SessionWrite(v2, 1, List.of(comment("atom", 2), clash), List.of(activity("atom", 2, "x")));
      assertThatThrownBy(() -> store.update(write)).isInstanceOf(DuplicateIdException.class)
          .hasMessageContaining("atom #1");
      assertThat(store.find("atom")).contains(v1);
      assertThat(store.comments("atom", 0, 10)).extracting(Comment::id).containsExactly("c1");
      assertThat(store.activity("atom", 0, 10)).isEmpty();
      assertThat(search("u-x", SessionQuery.builder().build())).isEmpty();
      assertThat(search(OWNER, SessionQuery.builder().tag("new").build())).isEmpty();
      assertThat(search(OWNER, SessionQuery.builder().text("after").build())).isEmpty();
      assertThat(search(OWNER, SessionQuery.builder().tag("old").text("before").build()))
          .extracting(Session::id).containsExactly("atom");
    }

    @Test
    @DisplayName("two comments of one write with the same number: DuplicateIdException naming it, nothing written")
    void numberTwiceInOneWrite() {
      Comment twin = new Comment("twin", "two", 1, null, OWNER, "twin", List.of(), T0, null);
      assertThatThrownBy(() -> store.insert(insertOf(aSession("two").build(), comment("two", 1), twin)))
          .isInstanceOf(DuplicateIdException.class).hasMessageContaining("two #1");
      assertThat(store.find("two")).isEmpty();
    }

    @Test
    @DisplayName("an insert with a version and an update without one are misuse, and change nothing")
    void misuse() {
      Session s = aSession("mis").build();
      assertThatThrownBy(() -> store.update(insertOf(s))).isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("update of session mis");
      Session v2 = next(s, b -> b);
      assertThatThrownBy(() -> store.insert(new SessionWrite(v2, 1, List.of(), List.of())))
          .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("insert of session mis");
      assertThat(store.find("mis")).isEmpty();
    }
  }

  @Nested
  @DisplayName("search")
  class Search {

    @Test
    @DisplayName("SQL-injection strings in every text field and template id are stored and matched literally")
    void injection() {
      int i = 0;
      for (String evil : INJECTIONS) {
        String id = evil + "#" + i++;
        Session s = aSession(id).name(evil).description(evil + " description")
            .collaborators(List.of(new Collaborator(evil, Role.OWNER, T0), new Collaborator(OWNER, Role.VIEWER, T0)))
            .goals(List.of(Goal.of(evil, evil)))
            .metadata(new SessionMetadata(List.of(evil), List.of(evil), Difficulty.INTERMEDIATE))
            .learnings(List.of(new Learning(evil, evil, evil, T0)))
            .template(new TemplateRef(evil, 1))
            .customFields(Map.of(evil, evil))
            .build();
        Comment c = new Comment(evil, id, 1, null, evil, evil, List.of(evil), T0, null);
        ActivityEntry a = new ActivityEntry(0, id, 1, evil, evil, T0, Map.of(evil, evil));
        store.insert(insertOf(s, List.of(c), List.of(a)));
        assertThat(store.find(id)).contains(s);
        assertThat(store.findComment(id, evil)).contains(c);
        assertThat(store.activity(id, 0, 5)).singleElement().satisfies(e -> assertThat(e.actor()).isEqualTo(evil));
        assertThat(search(evil, SessionQuery.builder().owner(evil).tag(evil).template(evil).member(evil).text(evil).build()))
            .extracting(Session::id).containsExactly(id);
        Template t = template(evil, evil);
        templates.insert(t);
        assertThat(templates.find(evil, 1)).contains(t);
        assertThat(templates.latest(evil)).contains(t);
      }
      assertThat(search(OWNER, SessionQuery.builder().text("DROP TABLE sh_sessions").build())).hasSize(1);
      assertThat(search(OWNER, SessionQuery.builder().pageSize(50).build())).hasSize(INJECTIONS.size());
      assertThat(templates.latestOfAll()).extracting(Template::id).containsExactlyInAnyOrderElementsOf(INJECTIONS);
    }

    @Test
    @DisplayName("a 5,040-letter word and 126,000 distinct words (1.1 MB) in one session are stored and searchable (tsvector limits)")
    void hugeText() {
      String longWord = "ab0123456789".repeat(420);
      String queryWord = "q".repeat(150);
      store.insert(insertOf(aSession("long").name("needle " + queryWord).description(longWord + " end").build()));
      List<Learning> learnings = new ArrayList<>();
      int n = 0;
      for (int i = 0; i < 700; i++) {
        StringBuilder text = new StringBuilder();
        while (text.length() < 1_990) {
          text.append(String.format(java.util.Locale.ROOT, "w%08d ", n++));
        }
        learnings.add(new Learning("l" + i, text.toString(), OWNER, T0));
      }
      Session huge = aSession("huge").name("haystack").learnings(learnings).build();
      store.insert(insertOf(huge));

      assertThat(store.find("huge")).contains(huge);
      assertThat(ids(OWNER, "needle")).containsExactly("long");
      assertThat(ids(OWNER, queryWord)).containsExactly("long");
      assertThat(ids(OWNER, longWord)).containsExactly("long");
      assertThat(ids(OWNER, longWord.substring(0, 952))).isEmpty();
      assertThat(ids(OWNER, queryWord.substring(1))).isEmpty();
      assertThat(ids(OWNER, "END")).containsExactly("long");
      assertThat(ids(OWNER, "haystack")).containsExactly("huge");
      assertThat(ids(OWNER, "w00000000 w00000001")).containsExactly("huge");
    }

    private Template template(String id, String name) {
      return new Template(id, 1, name, "", SessionType.FEATURE, Duration.ofMinutes(90), Priority.HIGH,
          Difficulty.INTERMEDIATE, List.of("t"), List.of(), List.of(), List.of(), false, OWNER, T0.plusNanos(7));
    }

    private List<String> ids(String viewer, String text) {
      return search(viewer, SessionQuery.builder().text(text).sort(SortKey.NAME, SortDirection.ASC).build())
          .stream().map(Session::id).toList();
    }
  }

  @Test
  @DisplayName("viewers and members of every kind of id (non-ASCII, spaces, 150 characters) find exactly their"
      + " sessions by text and by every sort (PostgreSQL answers them from the search vector's member lexemes)")
  void memberLexemes() {
    List<String> users = List.of("zo\u00eb", "a b", "x".repeat(150), "plain.user-1_2");
    for (int i = 0; i < users.size(); i++) {
      store.insert(insertOf(aSession("lex-" + i).name("Kittiwake count " + i)
          .collaborators(List.of(new Collaborator(OWNER, Role.OWNER, T0), new Collaborator(users.get(i), Role.VIEWER, T0)))
          .build()));
    }
    for (int i = 0; i < users.size(); i++) {
      for (SortKey sort : SortKey.values()) {
        for (String text : new String[] {null, "kittiwake"}) {
          SessionQuery.Builder q = text == null ? SessionQuery.builder() : SessionQuery.builder().text(text);
          assertThat(search(users.get(i), q.sort(sort, SortDirection.ASC).build()))
              .as("%s by %s, text %s", users.get(i), sort, text).extracting(Session::id).containsExactly("lex-" + i);
          assertThat(search(OWNER, q.member(users.get(i)).sort(sort, SortDirection.DESC).build()))
              .as("member %s by %s, text %s", users.get(i), sort, text).extracting(Session::id)
              .containsExactly("lex-" + i);
        }
      }
      assertThat(search(users.get(i), SessionQuery.builder().text("count").build())).hasSize(1);
    }
    assertThat(search(OWNER, SessionQuery.builder().text("kittiwake").build())).hasSize(users.size());
    assertThat(search("nobody", SessionQuery.builder().text("kittiwake").build())).isEmpty();
  }

  protected List<Session> search(String viewer, SessionQuery query) {
    return store.search(new SessionSearch(query, viewer, null, query.pageSize()));
  }
}
