package dev.sessionhub.tck;

import static dev.sessionhub.tck.StoreData.aSession;
import static dev.sessionhub.tck.StoreData.activity;
import static dev.sessionhub.tck.StoreData.comment;
import static dev.sessionhub.tck.StoreData.insertOf;
import static dev.sessionhub.tck.StoreData.member;
import static dev.sessionhub.tck.StoreData.next;
import static dev.sessionhub.tck.StoreData.owner;
import static dev.sessionhub.tck.StoreData.unique;
import static dev.sessionhub.tck.StoreData.updateOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.sessionhub.error.ConflictException;
import dev.sessionhub.error.DuplicateIdException;
import dev.sessionhub.model.Comment;
import dev.sessionhub.model.Role;
import dev.sessionhub.model.Session;
import dev.sessionhub.model.SessionMetadata;
import dev.sessionhub.model.SessionQuery;
import dev.sessionhub.model.SessionStatus;
import dev.sessionhub.spi.SessionWrite;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Who finds a session follows its last committed snapshot: a removed member stops finding it at
 * once, a new one starts, and a write that fails changes no one's view.
 */
abstract class MembershipTests extends StoreTests {

  private final String ann = unique("ann");
  private final String bob = unique("bob");
  private final String carol = unique("carol");
  private final String dave = unique("dave");

  /** Ann's session, bob collaborating and carol viewing, with a word to find it by. */
  private Session shared() {
    String id = unique("mem");
    Session s = aSession(id, ann).name("Walrus census").commentCount(1)
        .collaborators(List.of(owner(ann), member(bob, Role.COLLABORATOR), member(carol, Role.VIEWER))).build();
    store().insert(insertOf(s, List.of(comment(id, 1)), List.of()));
    return s;
  }

  /** Every way {@code viewer} could come across the session: no filter, text, member filter, archived too. */
  private void assertFinds(String viewer, Session s, boolean found) {
    List<SessionQuery.Builder> queries = List.of(SessionQuery.builder(), SessionQuery.builder().includeArchived(true),
        SessionQuery.builder().text("walrus"), SessionQuery.builder().member(viewer),
        SessionQuery.builder().status(SessionStatus.values()));
    for (SessionQuery.Builder q : queries) {
      List<String> ids = idsFoundBy(viewer, q);
      if (found) {
        assertThat(ids).as("%s's search %s", viewer, q.build()).contains(s.id());
      } else {
        assertThat(ids).as("%s's search %s", viewer, q.build()).doesNotContain(s.id());
      }
    }
  }

  @Test
  @DisplayName("a removed collaborator no longer finds the session, by any query; the others still do")
  void removedMember() {
    Session v1 = shared();
    assertFinds(bob, v1, true);

    store().update(updateOf(next(v1, b -> b.collaborators(List.of(owner(ann), member(carol, Role.VIEWER))))));

    assertFinds(bob, v1, false);
    assertFinds(carol, v1, true);
    assertFinds(ann, v1, true);
    assertThat(idsFoundBy(ann, SessionQuery.builder().member(bob))).doesNotContain(v1.id());
  }

  @Test
  @DisplayName("members removed one by one over several writes all lose it; one added back finds it again")
  void removedOverSeveralWrites() {
    Session v1 = shared();
    Session v2 = next(v1, b -> b.collaborators(List.of(owner(ann), member(carol, Role.VIEWER))));
    store().update(updateOf(v2));
    Session v3 = next(v2, b -> b.collaborators(List.of(owner(ann))));
    store().update(updateOf(v3));

    assertFinds(bob, v1, false);
    assertFinds(carol, v1, false);

    store().update(updateOf(next(v3, b -> b.collaborators(List.of(owner(ann), member(bob, Role.VIEWER))))));

    assertFinds(bob, v1, true);
    assertFinds(carol, v1, false);
  }

  @Test
  @DisplayName("a new member finds it at once, a changed role keeps it found, and owner filters follow a transfer")
  void addedAndChanged() {
    Session v1 = shared();
    store().update(updateOf(next(v1, b -> b.collaborators(List.of(owner(bob), member(ann, Role.COLLABORATOR),
        member(carol, Role.COLLABORATOR), member(dave, Role.VIEWER))))));

    assertFinds(dave, v1, true);
    assertFinds(carol, v1, true);
    assertThat(idsFoundBy(ann, SessionQuery.builder().owner(bob))).containsExactly(v1.id());
    assertThat(idsFoundBy(ann, SessionQuery.builder().owner(ann))).doesNotContain(v1.id());
    assertThat(idsFoundBy(bob, SessionQuery.builder().member(dave))).containsExactly(v1.id());
  }

  @Test
  @DisplayName("an update failing on a stale version leaves members, words, tags and status as they were")
  void staleUpdate() {
    Session v1 = shared();
    Session v2 = next(v1, b -> b.description("first writer"));
    store().update(updateOf(v2));
    Session lost = next(v1, b -> b.name("Narwhal secrets").status(SessionStatus.ARCHIVED).archivedAt(StoreData.T0)
        .metadata(new SessionMetadata(List.of("leaked"), List.of(), null))
        .collaborators(List.of(owner(dave), member(ann, Role.COLLABORATOR))));

    assertThatThrownBy(() -> store().update(updateOf(lost))).isInstanceOf(ConflictException.class);

    assertUnchanged(v2);
  }

  @Test
  @DisplayName("an update failing on a taken comment number leaves members, words, tags and status as they were")
  void takenNumber() {
    Session v1 = shared();
    Comment clash = new Comment(v1.id() + "-other", v1.id(), 1, null, ann, "same number", List.of(), StoreData.T0, null);
    Session lost = next(v1, b -> b.name("Narwhal secrets").status(SessionStatus.ARCHIVED).archivedAt(StoreData.T0)
        .metadata(new SessionMetadata(List.of("leaked"), List.of(), null)).commentCount(2)
        .collaborators(List.of(owner(dave), member(ann, Role.COLLABORATOR))));

    assertThatThrownBy(() -> store().update(updateOf(lost, List.of(clash), List.of(activity(v1.id(), 2, "x")))))
        .isInstanceOf(DuplicateIdException.class);

    assertUnchanged(v1);
  }

  @Test
  @DisplayName("an insert failing on a taken id gives the other writer's members nothing, and changes no words")
  void duplicateInsert() {
    Session first = shared();
    Session second = aSession(first.id(), dave).name("Narwhal secrets").status(SessionStatus.ARCHIVED)
        .archivedAt(StoreData.T0).metadata(new SessionMetadata(List.of("leaked"), List.of(), null)).build();

    assertThatThrownBy(() -> store().insert(new SessionWrite(second, 0, List.of(), List.of())))
        .isInstanceOf(DuplicateIdException.class);

    assertUnchanged(first);
  }

  /** The stored snapshot is {@code current}, and every index still answers as for it. */
  private void assertUnchanged(Session current) {
    assertThat(store().find(current.id())).contains(current);
    assertThat(idsFoundBy(dave, SessionQuery.builder().includeArchived(true))).doesNotContain(current.id());
    assertThat(idsFoundBy(ann, SessionQuery.builder().member(dave))).doesNotContain(current.id());
    assertThat(idsFoundBy(ann, SessionQuery.builder().owner(dave))).doesNotContain(current.id());
    assertThat(idsFoundBy(ann, SessionQuery.builder().text("narwhal").includeArchived(true))).doesNotContain(current.id());
    assertThat(idsFoundBy(ann, SessionQuery.builder().tag("leaked").includeArchived(true))).doesNotContain(current.id());
    assertThat(idsFoundBy(ann, SessionQuery.builder().status(SessionStatus.ARCHIVED))).doesNotContain(current.id());
    assertFinds(ann, current, true);
    assertFinds(bob, current, true);
  }
}
