package dev.sessionhub.tck;

import static dev.sessionhub.tck.StoreData.aSession;
import static dev.sessionhub.tck.StoreData.activity;
import static dev.sessionhub.tck.StoreData.comment;
import static dev.sessionhub.tck.StoreData.insertOf;
import static dev.sessionhub.tck.StoreData.next;
import static dev.sessionhub.tck.StoreData.unique;
import static dev.sessionhub.tck.StoreData.updateOf;
import static dev.sessionhub.tck.StoreData.withoutSeqs;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.sessionhub.error.DuplicateIdException;
import dev.sessionhub.model.Session;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Inserting new sessions, and refusing ids already stored. */
abstract class InsertTests extends StoreTests {

  private static final int ALL = 1_000;

  @Test
  @DisplayName("stores the snapshot with its comments and activity")
  void storesEverything() {
    String id = unique("ins");
    Session s = aSession(id, "ann").build();

    store().insert(insertOf(s, List.of(comment(id, 1), comment(id, 2)), List.of(activity(id, 1, "session.create"))));

    assertThat(store().find(id)).contains(s);
    assertThat(store().comments(id, 0, ALL)).containsExactly(comment(id, 1), comment(id, 2));
    assertThat(withoutSeqs(store().activity(id, 0, ALL))).containsExactly(activity(id, 1, "session.create"));
  }

  @Test
  @DisplayName("of a stored id throws DuplicateIdException naming it, and changes nothing")
  void rejectsDuplicateId() {
    String id = unique("ins");
    Session first = aSession(id, "ann").name("first").build();
    store().insert(insertOf(first, List.of(comment(id, 1)), List.of(activity(id, 1, "first"))));
    Session second = aSession(id, "bob").name("second").commentCount(1).build();

    assertThatThrownBy(() -> store().insert(insertOf(second, List.of(comment(id, 2)), List.of(activity(id, 1, "second")))))
        .isInstanceOfSatisfying(DuplicateIdException.class, e -> assertThat(e.id()).contains(id));

    assertThat(store().find(id)).contains(first);
    assertThat(store().comments(id, 0, ALL)).containsExactly(comment(id, 1));
    assertThat(withoutSeqs(store().activity(id, 0, ALL))).containsExactly(activity(id, 1, "first"));
  }

  @Test
  @DisplayName("may carry any version from 1, as an import does, and updates continue from it")
  void anyVersion() {
    String id = unique("ins");
    Session imported = aSession(id, "ann").version(42).build();

    store().insert(insertOf(imported));
    Session changed = next(imported, b -> b.name("changed"));
    store().update(updateOf(changed));

    assertThat(store().find(id)).contains(changed);
    assertThat(changed.version()).isEqualTo(43);
  }

  @Test
  @DisplayName("of one session leaves the others as they were")
  void independent() {
    Session a = aSession(unique("ins"), "ann").build();
    Session b = aSession(unique("ins"), "ann").name("other").build();

    store().insert(insertOf(a, List.of(comment(a.id(), 1)), List.of()));
    store().insert(insertOf(b));

    assertThat(store().find(a.id())).contains(a);
    assertThat(store().find(b.id())).contains(b);
    assertThat(store().comments(b.id(), 0, ALL)).isEmpty();
    assertThat(store().find(unique("ins"))).isEmpty();
  }
}
