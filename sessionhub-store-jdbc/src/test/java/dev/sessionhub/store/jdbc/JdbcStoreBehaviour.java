package dev.sessionhub.store.jdbc;

import static dev.sessionhub.store.jdbc.TestData.INJECTIONS;
import static dev.sessionhub.store.jdbc.TestData.OWNER;
import static dev.sessionhub.store.jdbc.TestData.T0;
import static dev.sessionhub.store.jdbc.TestData.aSession;
import static dev.sessionhub.store.jdbc.TestData.activity;
import static dev.sessionhub.store.jdbc.TestData.comment;
import static dev.sessionhub.store.jdbc.TestData.insertOf;
import static dev.sessionhub.store.jdbc.TestData.next;
import static dev.sessionhub.store.jdbc.TestData.updateOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.sessionhub.error.ConflictException;
import dev.sessionhub.error.DuplicateIdException;
import dev.sessionhub.error.NotFoundException;
import dev.sessionhub.internal.memory.InMemorySessionStore;
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
import dev.sessionhub.model.SessionStatus;
import dev.sessionhub.model.SessionType;
import dev.sessionhub.model.SortDirection;
import dev.sessionhub.model.SortKey;
import dev.sessionhub.model.Template;
import dev.sessionhub.model.TemplateRef;
import dev.sessionhub.spi.SessionSearch;
import dev.sessionhub.spi.SessionStore;
import dev.sessionhub.spi.SessionWrite;
import dev.sessionhub.spi.SortPosition;
import dev.sessionhub.spi.TemplateStore;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * What the JDBC stores guarantee, run against each engine by a few-line subclass: writes,
 * concurrency, comments, activity, search (checked page by page against the in-memory reference
 * store on random data), literal storage of SQL-injection strings, templates.
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
      List<String> tables = new ArrayList<>(List.of("activity", "comments", "session_tags", "session_members"));
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
    @DisplayName("a stored session reads back equal, including custom values and nanosecond times")
    void roundTrip() {
      Random r = new Random(7);
      for (int i = 0; i < 20; i++) {
        Session s = TestData.random(r, "rt-" + i).toBuilder()
            .customFields(TestData.map("big", 1234567890123456789L, "pi", 3.141592653589793, "s", "x\u0000y",
                "list", List.of(1L, "two"), "none", null))
            .build();
        store.insert(insertOf(s));
        assertThat(store.find(s.id())).contains(s);
      }
      assertThat(store.find("missing")).isEmpty();
    }

    @Test
    @DisplayName("inserting a stored id fails with DuplicateIdException and changes nothing")
    void duplicate() {
      Session s = aSession("dup").build();
      store.insert(insertOf(s));
      Session other = aSession("dup").name("other").build();
      assertThatThrownBy(() -> store.insert(insertOf(other, comment("dup", 1))))
          .isInstanceOf(DuplicateIdException.class).hasMessageContaining("dup");
      assertThat(store.find("dup")).contains(s);
      assertThat(store.comments("dup", 0, 10)).isEmpty();
    }

    @Test
    @DisplayName("ids differing only in case or trailing space are different sessions")
    void idsAreExact() {
      store.insert(insertOf(aSession("Case").build()));
      store.insert(insertOf(aSession("case").build()));
      store.insert(insertOf(aSession("case ").build()));
      assertThat(store.find("case ").map(Session::id)).contains("case ");
      assertThat(store.find("CASE")).isEmpty();
    }

    @Test
    @DisplayName("an update at the stored version replaces the snapshot; a stale one gets both versions")
    void optimisticConcurrency() {
      Session v1 = aSession("oc").build();
      store.insert(insertOf(v1));
      Session v2 = next(v1, b -> b.name("renamed"));
      store.update(updateOf(v2));
      assertThat(store.find("oc")).contains(v2);
      Session stale = next(v1, b -> b.name("stale"));
      assertThatThrownBy(() -> store.update(updateOf(stale)))
          .isInstanceOfSatisfying(ConflictException.class, e -> {
            assertThat(e.expectedVersion()).isEqualTo(1);
            assertThat(e.actualVersion()).isEqualTo(2);
          });
      assertThat(store.find("oc")).contains(v2);
    }

    @Test
    @DisplayName("an update of an unknown session fails with NotFoundException")
    void updateUnknown() {
      Session v2 = aSession("nobody").version(2).build();
      assertThatThrownBy(() -> store.update(updateOf(v2))).isInstanceOf(NotFoundException.class);
      assertThat(store.find("nobody")).isEmpty();
    }

    @Test
    @DisplayName("of concurrent updates from one version exactly one wins")
    void racingUpdates() throws Exception {
      Session v1 = aSession("race").build();
      store.insert(insertOf(v1));
      int n = 6;
      ExecutorService pool = Executors.newFixedThreadPool(n);
      CountDownLatch start = new CountDownLatch(1);
      List<Future<Boolean>> results = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        String name = "writer " + i;
        Callable<Boolean> task = () -> {
          start.await();
          try {
            store.update(new SessionWrite(next(v1, b -> b.name(name)), 1, List.of(),
                List.of(activity("race", 2, name))));
            return true;
          } catch (ConflictException e) {
            assertThat(e.actualVersion()).isEqualTo(2);
            return false;
          }
        };
        results.add(pool.submit(task));
      }
      start.countDown();
      int wins = 0;
      for (Future<Boolean> f : results) {
        wins += f.get() ? 1 : 0;
      }
      pool.shutdown();
      assertThat(wins).isEqualTo(1);
      String winner = store.find("race").orElseThrow().name();
      assertThat(store.activity("race", 0, 10)).singleElement()
          .satisfies(e -> assertThat(e.action()).isEqualTo(winner));
    }

    @Test
    @DisplayName("a write failing half-way (a comment number taken) leaves nothing of it")
    void atomicUpdate() {
      Session v1 = aSession("atom").metadata(new SessionMetadata(List.of("old"), List.of(), null)).build();
      store.insert(insertOf(v1, comment("atom", 1)));
      Session v2 = next(v1, b -> b.name("new").metadata(new SessionMetadata(List.of("new"), List.of(), null))
          .collaborators(List.of(new Collaborator(OWNER, Role.OWNER, T0), new Collaborator("u-x", Role.VIEWER, T0))));
      Comment clash = new Comment("other", "atom", 1, null, OWNER, "clash", List.of(), T0, null);
      SessionWrite write = new SessionWrite(v2, 1, List.of(comment("atom", 2), clash), List.of(activity("atom", 2, "x")));
      assertThatThrownBy(() -> store.update(write)).isInstanceOf(IllegalArgumentException.class);
      assertThat(store.find("atom")).contains(v1);
      assertThat(store.comments("atom", 0, 10)).extracting(Comment::id).containsExactly("c1");
      assertThat(store.activity("atom", 0, 10)).isEmpty();
      assertThat(search("u-x", SessionQuery.builder().build())).isEmpty();
      assertThat(search(OWNER, SessionQuery.builder().tag("old").build())).extracting(Session::id).containsExactly("atom");
    }

    @Test
    @DisplayName("a write naming another session's comment or an insert with a version is misuse")
    void misuse() {
      Session s = aSession("mis").build();
      assertThatThrownBy(() -> store.insert(insertOf(s, comment("other", 1)))).isInstanceOf(IllegalArgumentException.class);
      assertThatThrownBy(() -> store.update(insertOf(s))).isInstanceOf(IllegalArgumentException.class);
      assertThat(store.find("mis")).isEmpty();
    }
  }

  @Nested
  @DisplayName("comments and activity")
  class CommentsAndActivity {

    @Test
    @DisplayName("comments are upserted by id and paged by number")
    void comments() {
      Session v1 = aSession("cm").build();
      store.insert(insertOf(v1, comment("cm", 1), comment("cm", 2)));
      Comment edited = comment("cm", 1).edit("edited body", List.of("u-anna"), T0.plusNanos(1));
      store.update(updateOf(next(v1, b -> b.commentCount(3)), edited, comment("cm", 3)));
      assertThat(store.comments("cm", 0, 10)).extracting(Comment::body)
          .containsExactly("edited body", "comment 2", "comment 3");
      assertThat(store.comments("cm", 1, 1)).extracting(Comment::number).containsExactly(2L);
      assertThat(store.findComment("cm", "c1")).contains(edited);
      assertThat(store.findComment("cm", "c9")).isEmpty();
      assertThat(store.comments("unknown", 0, 10)).isEmpty();
    }

    @Test
    @DisplayName("activity gets increasing seqs in write order and pages after a seq")
    void activityLog() {
      Session v1 = aSession("act").build();
      store.insert(insertOf(v1, List.of(), List.of(activity("act", 1, "create"), activity("act", 1, "goal.add"))));
      ActivityEntry appended = store.appendActivity(activity("act", 1, "attachment.download"));
      List<ActivityEntry> log = store.activity("act", 0, 10);
      assertThat(log).extracting(ActivityEntry::action).containsExactly("create", "goal.add", "attachment.download");
      assertThat(log).extracting(ActivityEntry::seq).isSorted().doesNotHaveDuplicates();
      assertThat(log.get(2)).isEqualTo(appended);
      assertThat(log.get(0)).isEqualTo(activity("act", 1, "create").withSeq(log.get(0).seq()));
      assertThat(store.activity("act", log.get(0).seq(), 1)).containsExactly(log.get(1));
      assertThatThrownBy(() -> store.appendActivity(activity("ghost", 1, "x"))).isInstanceOf(NotFoundException.class);
    }

    @Test
    @DisplayName("archived sessions before a time are listed in id order after an id")
    void archivedBefore() {
      for (int i = 0; i < 5; i++) {
        store.insert(insertOf(aSession("ar-" + i).status(SessionStatus.ARCHIVED)
            .archivedAt(T0.plusSeconds(i)).build()));
      }
      store.insert(insertOf(aSession("live").build()));
      assertThat(store.archivedBefore(T0.plusSeconds(3), null, 10)).containsExactly("ar-0", "ar-1", "ar-2");
      assertThat(store.archivedBefore(T0.plusSeconds(3), "ar-0", 1)).containsExactly("ar-1");
    }
  }

  @Nested
  @DisplayName("search")
  class Search {

    @Test
    @DisplayName("every page of random queries equals the in-memory reference store's")
    void matchesReference() {
      Random r = new Random(42);
      InMemorySessionStore reference = new InMemorySessionStore();
      for (int i = 0; i < 60; i++) {
        Session s = TestData.random(r, String.format("s-%02d", r.nextInt(1000)) + "-" + i);
        store.insert(insertOf(s));
        reference.insert(insertOf(s));
      }
      for (int q = 0; q < 120; q++) {
        SessionQuery query = randomQuery(r);
        String viewer = TestData.USERS.get(r.nextInt(TestData.USERS.size()));
        int pageSize = 1 + r.nextInt(9);
        SortPosition after = null;
        for (int page = 0; page < 100; page++) {
          SessionSearch search = new SessionSearch(query, viewer, after, pageSize);
          List<Session> expected = reference.search(search);
          assertThat(store.search(search)).as("query %s for %s page %s", query, viewer, page)
              .containsExactlyElementsOf(expected);
          if (expected.size() < pageSize) {
            break;
          }
          after = SortPosition.of(query.sort(), expected.get(expected.size() - 1));
        }
      }
    }

    private SessionQuery randomQuery(Random r) {
      SessionQuery.Builder b = SessionQuery.builder()
          .sort(SortKey.values()[r.nextInt(SortKey.values().length)], r.nextBoolean() ? SortDirection.ASC : SortDirection.DESC);
      switch (r.nextInt(12)) {
        case 0 -> b.text(TestData.WORDS.get(r.nextInt(TestData.WORDS.size())));
        case 1 -> b.text(TestData.WORDS.get(r.nextInt(TestData.WORDS.size())) + ", "
            + TestData.WORDS.get(r.nextInt(TestData.WORDS.size())).toUpperCase(java.util.Locale.ROOT));
        case 2 -> b.status(SessionStatus.ACTIVE, SessionStatus.ARCHIVED).type(SessionType.BUG_FIX, SessionType.OTHER);
        case 3 -> b.priority(Priority.values()[r.nextInt(Priority.values().length)]).includeArchived(true);
        case 4 -> b.owner(TestData.USERS.get(r.nextInt(TestData.USERS.size())));
        case 5 -> b.member(TestData.USERS.get(r.nextInt(TestData.USERS.size())));
        case 6 -> b.tag(TestData.TAGS.get(r.nextInt(TestData.TAGS.size())));
        case 7 -> b.template("tpl-" + r.nextInt(2));
        case 8 -> b.created(T0.plusSeconds(1).plusNanos(1_001), T0.plusSeconds(3));
        case 9 -> b.updated(T0.plusSeconds(2), null);
        case 10 -> b.progress(25.0, 75.0);
        default -> b.text("ärger").includeArchived(true);
      }
      return b.build();
    }

    @Test
    @DisplayName("stop words, one-letter words and words of any script match as whole words only")
    void textIsExact() {
      store.insert(insertOf(aSession("t1").name("The a of X").build()));
      store.insert(insertOf(aSession("t2").name("theory axe").build()));
      store.insert(insertOf(aSession("t3").name("naïve 日本 R2D2").build()));
      assertThat(ids(OWNER, "the")).containsExactly("t1");
      assertThat(ids(OWNER, "A x")).containsExactly("t1");
      assertThat(ids(OWNER, "NAÏVE r2d2")).containsExactly("t3");
      assertThat(ids(OWNER, "日本")).containsExactly("t3");
      assertThat(ids(OWNER, "theo")).isEmpty();
      assertThat(ids("stranger", "the")).isEmpty();
    }

    @Test
    @DisplayName("SQL-injection strings in every text field are stored and matched literally")
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
      }
      assertThat(search(OWNER, SessionQuery.builder().text("DROP TABLE sh_sessions").build())).hasSize(1);
      assertThat(search(OWNER, SessionQuery.builder().pageSize(50).build())).hasSize(INJECTIONS.size());
    }

    private List<String> ids(String viewer, String text) {
      return search(viewer, SessionQuery.builder().text(text).sort(SortKey.NAME, SortDirection.ASC).build())
          .stream().map(Session::id).toList();
    }
  }

  @Nested
  @DisplayName("templates")
  class Templates {

    private Template template(String id, int version, String name) {
      return new Template(id, version, name, "", SessionType.FEATURE, Duration.ofMinutes(90), Priority.HIGH,
          Difficulty.INTERMEDIATE, List.of("t"), List.of(), List.of(), List.of(), false, OWNER, T0.plusNanos(7));
    }

    @Test
    @DisplayName("every version is kept; latest, versions and latestOfAll read them back")
    void versions() {
      templates.insert(template("b", 1, "b1"));
      templates.insert(template("b", 2, "b2"));
      templates.insert(template("a", 1, "a1"));
      templates.insert(template(INJECTIONS.get(0), 1, INJECTIONS.get(1)));
      assertThat(templates.find("b", 1)).contains(template("b", 1, "b1"));
      assertThat(templates.find("b", 3)).isEmpty();
      assertThat(templates.latest("b")).contains(template("b", 2, "b2"));
      assertThat(templates.versions("b")).extracting(Template::version).containsExactly(1, 2);
      assertThat(templates.versions("zzz")).isEmpty();
      assertThat(templates.latestOfAll()).extracting(Template::name).containsExactly(INJECTIONS.get(1), "a1", "b2");
      assertThatThrownBy(() -> templates.insert(template("b", 2, "again"))).isInstanceOf(DuplicateIdException.class);
      assertThat(templates.find("b", 2)).contains(template("b", 2, "b2"));
    }
  }

  protected List<Session> search(String viewer, SessionQuery query) {
    return store.search(new SessionSearch(query, viewer, null, query.pageSize()));
  }
}
