package dev.sessionhub.tck;

import static dev.sessionhub.tck.StoreData.aSession;
import static dev.sessionhub.tck.StoreData.activity;
import static dev.sessionhub.tck.StoreData.insertOf;
import static dev.sessionhub.tck.StoreData.member;
import static dev.sessionhub.tck.StoreData.next;
import static dev.sessionhub.tck.StoreData.owner;
import static dev.sessionhub.tck.StoreData.unique;
import static dev.sessionhub.tck.StoreData.updateOf;
import static org.assertj.core.api.Assertions.assertThat;

import dev.sessionhub.model.ActivityEntry;
import dev.sessionhub.model.Comment;
import dev.sessionhub.model.Role;
import dev.sessionhub.model.Session;
import dev.sessionhub.model.SessionMetadata;
import dev.sessionhub.model.SessionQuery;
import dev.sessionhub.model.TemplateRef;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Ids, user ids and tags compare as {@link String#equals} does: by UTF-16 code units, so case,
 * accents and trailing spaces all count. A store on a case- or accent-insensitive collation (the
 * default of MySQL and MariaDB) fails here.
 */
abstract class ExactIdsTests extends StoreTests {

  private static final int ALL = 1_000;

  @Test
  @DisplayName("session ids differing only in case are two sessions, each with its own comments and activity")
  void sessionIds() {
    String base = unique("ids");
    Session lower = aSession(base + "-abc", "ann").name("lower").build();
    Session upper = aSession(base + "-ABC", "ann").name("upper").build();

    store().insert(insertOf(lower, List.of(StoreData.comment(lower.id(), 1)), List.of(activity(lower.id(), 1, "lower"))));
    store().insert(insertOf(upper, List.of(StoreData.comment(upper.id(), 1)), List.of(activity(upper.id(), 1, "upper"))));
    store().update(updateOf(next(upper, b -> b.name("upper, renamed"))));

    assertThat(store().find(lower.id())).contains(lower);
    assertThat(store().find(upper.id()).map(Session::name)).contains("upper, renamed");
    assertThat(store().find(base + "-Abc")).isEmpty();
    assertThat(store().comments(lower.id(), 0, ALL)).extracting(Comment::sessionId).containsExactly(lower.id());
    assertThat(store().activity(upper.id(), 0, ALL)).extracting(ActivityEntry::action).containsExactly("upper");
    assertThat(store().activity(base + "-Abc", 0, ALL)).isEmpty();
  }

  @Test
  @DisplayName("comment ids differing only in case are two comments; replacing one leaves the other")
  void commentIds() {
    String id = unique("ids");
    Comment lower = new Comment("note", id, 1, null, "ann", "lower", List.of(), StoreData.T0, null);
    Comment upper = new Comment("NOTE", id, 2, null, "ann", "upper", List.of(), StoreData.T0, null);
    Session v1 = aSession(id, "ann").commentCount(2).build();
    store().insert(insertOf(v1, List.of(lower, upper), List.of()));
    Comment edited = upper.edit("upper, edited", List.of(), StoreData.T0.plusSeconds(1));

    store().update(updateOf(next(v1, b -> b), List.of(edited), List.of()));

    assertThat(store().comments(id, 0, ALL)).containsExactly(lower, edited);
    assertThat(store().findComment(id, "note")).contains(lower);
    assertThat(store().findComment(id, "NOTE")).contains(edited);
    assertThat(store().findComment(id, "Note")).isEmpty();
  }

  @Test
  @DisplayName("user ids differing in case, accents or a trailing space are other users: none of them sees the session")
  void userIds() {
    String u = unique("");
    String ann = "ann" + u;
    Session s = aSession(unique("ids"), ann).collaborators(List.of(owner(ann), member("zoë" + u, Role.VIEWER))).build();
    store().insert(insertOf(s));

    for (String other : List.of("Ann" + u, "ANN" + u, "ann" + u + " ", " ann" + u, "änn" + u, "zoe" + u, "ZOË" + u,
        "zoe\u0308" + u)) {
      assertThat(idsFoundBy(other, SessionQuery.builder().includeArchived(true))).as("found by %s", other).isEmpty();
      assertThat(idsFoundBy(ann, SessionQuery.builder().member(other))).as("member filter %s", other).isEmpty();
      assertThat(idsFoundBy(ann, SessionQuery.builder().owner(other))).as("owner filter %s", other).isEmpty();
    }
    assertThat(idsFoundBy(ann, SessionQuery.builder())).containsExactly(s.id());
    assertThat(idsFoundBy("zoë" + u, SessionQuery.builder().owner(ann))).containsExactly(s.id());
  }

  @Test
  @DisplayName("a tag filter matches tags exactly: java does not find Java, nor straße STRASSE")
  void tags() {
    String ann = unique("ann");
    Session java = tagged(ann, "java");
    Session upper = tagged(ann, "Java");
    Session strasse = tagged(ann, "straße");
    Session trailing = tagged(ann, "ops ");

    assertThat(idsFoundBy(ann, SessionQuery.builder().tag("java"))).containsExactly(java.id());
    assertThat(idsFoundBy(ann, SessionQuery.builder().tag("Java"))).containsExactly(upper.id());
    assertThat(idsFoundBy(ann, SessionQuery.builder().tag("JAVA"))).isEmpty();
    assertThat(idsFoundBy(ann, SessionQuery.builder().tag("straße"))).containsExactly(strasse.id());
    assertThat(idsFoundBy(ann, SessionQuery.builder().tag("STRASSE"))).isEmpty();
    assertThat(idsFoundBy(ann, SessionQuery.builder().tag("strasse"))).isEmpty();
    assertThat(idsFoundBy(ann, SessionQuery.builder().tag("ops"))).isEmpty();
    assertThat(idsFoundBy(ann, SessionQuery.builder().tag("ops "))).containsExactly(trailing.id());
  }

  @Test
  @DisplayName("a template filter matches template ids exactly")
  void templateIds() {
    String ann = unique("ann");
    String tpl = unique("tpl");
    Session lower = aSession(unique("ids"), ann).template(new TemplateRef(tpl + "-x", 1)).build();
    Session upper = aSession(unique("ids"), ann).template(new TemplateRef(tpl + "-X", 1)).build();
    store().insert(insertOf(lower));
    store().insert(insertOf(upper));

    assertThat(idsFoundBy(ann, SessionQuery.builder().template(tpl + "-x"))).containsExactly(lower.id());
    assertThat(idsFoundBy(ann, SessionQuery.builder().template(tpl + "-X"))).containsExactly(upper.id());
  }

  private Session tagged(String owner, String tag) {
    Session s = aSession(unique("ids"), owner).metadata(new SessionMetadata(List.of(tag), List.of(), null)).build();
    store().insert(insertOf(s));
    return s;
  }
}
