package dev.sessionhub.internal.memory;

import static dev.sessionhub.internal.memory.TestSessions.OWNER;
import static dev.sessionhub.internal.memory.TestSessions.T0;
import static dev.sessionhub.internal.memory.TestSessions.aSession;
import static dev.sessionhub.internal.memory.TestSessions.goals;
import static dev.sessionhub.internal.memory.TestSessions.insertOf;
import static dev.sessionhub.internal.memory.TestSessions.member;
import static dev.sessionhub.internal.memory.TestSessions.owner;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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
import dev.sessionhub.model.TemplateRef;
import dev.sessionhub.spi.SessionSearch;
import dev.sessionhub.spi.SortPosition;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.UnaryOperator;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

@DisplayName("InMemorySessionStore search")
class InMemorySessionStoreSearchTest {

  private final InMemorySessionStore store = new InMemorySessionStore();

  private void insert(Session.Builder b) {
    store.insert(insertOf(b.build()));
  }

  private List<String> ids(UnaryOperator<SessionQuery.Builder> query) {
    return ids(OWNER, query.apply(SessionQuery.builder()).build(), null);
  }

  private List<String> ids(String viewer, SessionQuery query, @Nullable SortPosition after) {
    return store.search(new SessionSearch(query, viewer, after, 500)).stream().map(Session::id).toList();
  }

  private static Instant days(int n) {
    return T0.plus(Duration.ofDays(n));
  }

  private static SessionMetadata tags(String... tags) {
    return new SessionMetadata(List.of(tags), List.of(), null);
  }

  @Nested
  @DisplayName("filters")
  class Filters {

    @BeforeEach
    void fixture() {
      insert(aSession("draft").type(SessionType.FEATURE).priority(Priority.LOW).metadata(tags("java", "backend"))
          .template(new TemplateRef("tpl-a", 1)).updatedAt(T0.plus(Duration.ofHours(1))).goals(goals(0, 2))
          .collaborators(List.of(owner(OWNER), member("alice", Role.VIEWER))));
      insert(aSession("active").status(SessionStatus.ACTIVE).type(SessionType.BUG_FIX).priority(Priority.HIGH)
          .metadata(tags("java")).template(new TemplateRef("tpl-b", 2)).createdAt(days(1))
          .updatedAt(days(1).plus(Duration.ofHours(1))).goals(goals(1, 2))
          .collaborators(List.of(owner(OWNER), member("bob", Role.COLLABORATOR))));
      insert(aSession("paused").status(SessionStatus.PAUSED).type(SessionType.RESEARCH).metadata(tags("Java"))
          .createdAt(days(2)).updatedAt(days(2)).goals(goals(2, 2)));
      insert(aSession("completed").status(SessionStatus.COMPLETED).type(SessionType.FEATURE)
          .priority(Priority.CRITICAL).metadata(tags("backend")).template(new TemplateRef("tpl-a", 3))
          .createdAt(days(3)).updatedAt(days(3)).goals(goals(1, 1))
          .collaborators(List.of(owner("carol"), member(OWNER, Role.COLLABORATOR))));
      insert(aSession("archived").status(SessionStatus.ARCHIVED).priority(Priority.LOW).createdAt(days(4))
          .updatedAt(days(4)).archivedAt(days(4)));
    }

    @Test
    @DisplayName("without filters, match every session but the archived ones")
    void none() {
      assertThat(ids(q -> q)).containsExactlyInAnyOrder("draft", "active", "paused", "completed");
    }

    @Test
    @DisplayName("include archived sessions when asked to")
    void includeArchived() {
      assertThat(ids(q -> q.includeArchived(true)))
          .containsExactlyInAnyOrder("draft", "active", "paused", "completed", "archived");
    }

    @Test
    @DisplayName("match any of the given statuses, archived too")
    void statuses() {
      assertThat(ids(q -> q.status(SessionStatus.PAUSED, SessionStatus.ARCHIVED)))
          .containsExactlyInAnyOrder("paused", "archived");
    }

    @Test
    @DisplayName("match any of the given types")
    void types() {
      assertThat(ids(q -> q.type(SessionType.FEATURE, SessionType.RESEARCH)))
          .containsExactlyInAnyOrder("draft", "paused", "completed");
    }

    @Test
    @DisplayName("match any of the given priorities")
    void priorities() {
      assertThat(ids(q -> q.priority(Priority.LOW, Priority.HIGH))).containsExactlyInAnyOrder("draft", "active");
    }

    @Test
    @DisplayName("match the owner")
    void ownerFilter() {
      assertThat(ids(q -> q.owner("carol"))).containsExactly("completed");
      assertThat(ids(q -> q.owner(OWNER))).containsExactlyInAnyOrder("draft", "active", "paused");
    }

    @Test
    @DisplayName("match a member holding any role")
    void memberFilter() {
      assertThat(ids(q -> q.member("alice"))).containsExactly("draft");
      assertThat(ids(q -> q.member("bob"))).containsExactly("active");
      assertThat(ids(q -> q.member("carol"))).containsExactly("completed");
      assertThat(ids(q -> q.member(OWNER))).containsExactlyInAnyOrder("draft", "active", "paused", "completed");
    }

    @Test
    @DisplayName("match sessions holding every given tag, exactly")
    void tagsFilter() {
      assertThat(ids(q -> q.tag("java"))).containsExactlyInAnyOrder("draft", "active");
      assertThat(ids(q -> q.tag("java", "backend"))).containsExactly("draft");
      assertThat(ids(q -> q.tag("jav"))).isEmpty();
    }

    @Test
    @DisplayName("match the template at any version")
    void template() {
      assertThat(ids(q -> q.template("tpl-a"))).containsExactlyInAnyOrder("draft", "completed");
      assertThat(ids(q -> q.template("tpl-c"))).isEmpty();
    }

    @Test
    @DisplayName("match creation times from inclusive to exclusive")
    void created() {
      assertThat(ids(q -> q.created(days(1), days(3)))).containsExactlyInAnyOrder("active", "paused");
      assertThat(ids(q -> q.created(days(2), null))).containsExactlyInAnyOrder("paused", "completed");
      assertThat(ids(q -> q.created(null, days(1)))).containsExactly("draft");
    }

    @Test
    @DisplayName("match update times from inclusive to exclusive")
    void updated() {
      Instant draftUpdate = T0.plus(Duration.ofHours(1));
      Instant activeUpdate = days(1).plus(Duration.ofHours(1));
      assertThat(ids(q -> q.updated(draftUpdate, activeUpdate))).containsExactly("draft");
      assertThat(ids(q -> q.updated(activeUpdate, days(3)))).containsExactlyInAnyOrder("active", "paused");
    }

    @Test
    @DisplayName("match progress between inclusive bounds")
    void progress() {
      assertThat(ids(q -> q.progress(50.0, 100.0))).containsExactlyInAnyOrder("active", "paused", "completed");
      assertThat(ids(q -> q.progress(null, 50.0))).containsExactlyInAnyOrder("draft", "active");
      assertThat(ids(q -> q.progress(100.0, null))).containsExactlyInAnyOrder("paused", "completed");
    }

    @Test
    @DisplayName("combine with AND")
    void combined() {
      assertThat(ids(q -> q.type(SessionType.FEATURE).tag("backend"))).containsExactlyInAnyOrder("draft", "completed");
      assertThat(ids(q -> q.type(SessionType.FEATURE).tag("backend").owner("carol"))).containsExactly("completed");
    }

    @Test
    @DisplayName("return only sessions where the viewer holds a role")
    void visibility() {
      SessionQuery all = SessionQuery.builder().includeArchived(true).build();
      assertThat(ids("stranger", all, null)).isEmpty();
      assertThat(ids("alice", all, null)).containsExactly("draft");
      assertThat(ids("carol", all, null)).containsExactly("completed");
    }
  }

  @Nested
  @DisplayName("text")
  class Text {

    @BeforeEach
    void fixture() {
      insert(aSession("t1").name("Fix login bug").description("Users cannot sign-in on Safari"));
      insert(aSession("t2").name("Testing strategy").goals(List.of(Goal.of("g1", "Write unit tests")))
          .metadata(tags("quality-assurance"))
          .learnings(List.of(new Learning("l1", "JUnit parameterized tests are great", OWNER, T0))));
      insert(aSession("t3").name("Café menu").description("Ünïcode wörds, 42 of them"));
    }

    @Test
    @DisplayName("matches whole words of the name and description")
    void nameAndDescription() {
      assertThat(ids(q -> q.text("login"))).containsExactly("t1");
      assertThat(ids(q -> q.text("safari"))).containsExactly("t1");
    }

    @Test
    @DisplayName("matches whole words of goal titles, tags and learnings")
    void goalsTagsLearnings() {
      assertThat(ids(q -> q.text("unit"))).containsExactly("t2");
      assertThat(ids(q -> q.text("assurance"))).containsExactly("t2");
      assertThat(ids(q -> q.text("parameterized"))).containsExactly("t2");
    }

    @Test
    @DisplayName("matches whole words only")
    void wholeWords() {
      assertThat(ids(q -> q.text("log"))).isEmpty();
      assertThat(ids(q -> q.text("test"))).isEmpty();
      assertThat(ids(q -> q.text("tests"))).containsExactly("t2");
      assertThat(ids(q -> q.text("4"))).isEmpty();
      assertThat(ids(q -> q.text("42"))).containsExactly("t3");
    }

    @Test
    @DisplayName("ignores case, also beyond ASCII")
    void caseInsensitive() {
      assertThat(ids(q -> q.text("LOGIN"))).containsExactly("t1");
      assertThat(ids(q -> q.text("CAFÉ ÜNÏCODE"))).containsExactly("t3");
      assertThat(ids(q -> q.text("junit"))).containsExactly("t2");
    }

    @Test
    @DisplayName("splits on anything but letters and digits, and needs every word")
    void everyWord() {
      assertThat(ids(q -> q.text("sign"))).containsExactly("t1");
      assertThat(ids(q -> q.text("Safari, sign-in!"))).containsExactly("t1");
      assertThat(ids(q -> q.text("login testing"))).isEmpty();
      assertThat(ids(q -> q.text("fix bug users"))).containsExactly("t1");
    }

    @Test
    @DisplayName("without words, matches everything")
    void noWords() {
      assertThat(ids(q -> q.text(" -- !"))).containsExactlyInAnyOrder("t1", "t2", "t3");
    }
  }

  @Nested
  @DisplayName("sort")
  class Sort {

    /** Sessions "a" to "d" whose values under {@code key} rank d < b = c < a, inserted out of order. */
    private void fixture(SortKey key) {
      insert(ranked(key, "c", 1));
      insert(ranked(key, "a", 2));
      insert(ranked(key, "d", 0));
      insert(ranked(key, "b", 1));
    }

    private Session.Builder ranked(SortKey key, String id, int rank) {
      Session.Builder b = aSession(id).updatedAt(days(10));
      return switch (key) {
        case UPDATED -> b.updatedAt(days(rank));
        case CREATED -> b.createdAt(days(rank));
        case PRIORITY -> b.priority(Priority.values()[rank]);
        case PROGRESS -> b.goals(goals(rank, 2));
        case NAME -> b.name(List.of("apple", id.equals("b") ? "Banana" : "banana", "cherry").get(rank));
      };
    }

    private List<String> sorted(SortKey key, SortDirection direction, @Nullable String afterId) {
      SortPosition after = afterId == null ? null : SortPosition.of(key, store.find(afterId).orElseThrow());
      return ids(OWNER, SessionQuery.builder().sort(key, direction).build(), after);
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(SortKey.class)
    @DisplayName("ascending, ties by id ascending")
    void ascending(SortKey key) {
      fixture(key);
      assertThat(sorted(key, SortDirection.ASC, null)).containsExactly("d", "b", "c", "a");
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(SortKey.class)
    @DisplayName("descending, ties by id descending")
    void descending(SortKey key) {
      fixture(key);
      assertThat(sorted(key, SortDirection.DESC, null)).containsExactly("a", "c", "b", "d");
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(SortKey.class)
    @DisplayName("starts strictly after the given position, through ties")
    void after(SortKey key) {
      fixture(key);
      assertThat(sorted(key, SortDirection.ASC, "b")).containsExactly("c", "a");
      assertThat(sorted(key, SortDirection.DESC, "c")).containsExactly("b", "d");
    }

    @Test
    @DisplayName("by name compares lower-cased names by UTF-16 code unit")
    void nameIsBinaryLowerCase() {
      insert(aSession("x").name("Zebra"));
      insert(aSession("y").name("apple"));
      insert(aSession("z").name("Äpfel"));
      assertThat(sorted(SortKey.NAME, SortDirection.ASC, null)).containsExactly("y", "x", "z");
    }

    @Test
    @DisplayName("rejects a start position of another sort key")
    void rejectsOtherKey() {
      fixture(SortKey.NAME);
      SortPosition byName = SortPosition.of(SortKey.NAME, store.find("a").orElseThrow());
      SessionQuery byCreation = SessionQuery.builder().sort(SortKey.CREATED, SortDirection.ASC).build();
      assertThatThrownBy(() -> ids(OWNER, byCreation, byName)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    @DisplayName("returns at most the limit")
    void limit() {
      fixture(SortKey.NAME);
      SessionQuery byName = SessionQuery.builder().sort(SortKey.NAME, SortDirection.ASC).build();
      assertThat(store.search(new SessionSearch(byName, OWNER, null, 2))).extracting(Session::id)
          .containsExactly("d", "b");
    }
  }
}
