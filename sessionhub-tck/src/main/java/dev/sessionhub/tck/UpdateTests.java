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

import dev.sessionhub.error.ConflictException;
import dev.sessionhub.error.NotFoundException;
import dev.sessionhub.model.Comment;
import dev.sessionhub.model.Session;
import dev.sessionhub.spi.SessionWrite;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Replacing a snapshot at the version it was read at, all or nothing. */
abstract class UpdateTests extends StoreTests {

  private static final int ALL = 1_000;

  @Test
  @DisplayName("replaces the snapshot at the expected version and adds its comments and activity")
  void replaces() {
    String id = unique("upd");
    Session v1 = aSession(id, "ann").build();
    store().insert(insertOf(v1, List.of(comment(id, 1)), List.of(activity(id, 1, "session.create"))));
    Session v2 = next(v1, b -> b.name("renamed").commentCount(2));

    store().update(updateOf(v2, List.of(comment(id, 2)), List.of(activity(id, 2, "update"))));

    assertThat(store().find(id)).contains(v2);
    assertThat(store().comments(id, 0, ALL)).containsExactly(comment(id, 1), comment(id, 2));
    assertThat(withoutSeqs(store().activity(id, 0, ALL)))
        .containsExactly(activity(id, 1, "session.create"), activity(id, 2, "update"));
  }

  @Test
  @DisplayName("may rewrite a stored comment, which keeps its number")
  void rewritesComment() {
    String id = unique("upd");
    Session v1 = aSession(id, "ann").build();
    store().insert(insertOf(v1, List.of(comment(id, 1), comment(id, 2)), List.of()));
    Comment edited = comment(id, 1).edit("edited body", List.of(), StoreData.T0.plusSeconds(60));

    store().update(updateOf(next(v1, b -> b), List.of(edited), List.of()));

    assertThat(store().comments(id, 0, ALL)).containsExactly(edited, comment(id, 2));
    assertThat(store().findComment(id, edited.id())).contains(edited);
  }

  @Test
  @DisplayName("with a stale version throws ConflictException carrying both versions, and changes nothing")
  void rejectsStaleVersion() {
    String id = unique("upd");
    Session v1 = aSession(id, "ann").build();
    store().insert(insertOf(v1));
    Session v2 = next(v1, b -> b.name("first writer"));
    store().update(updateOf(v2));

    assertThatThrownBy(() -> store().update(updateOf(next(v1, b -> b.name("second writer")))))
        .isInstanceOfSatisfying(ConflictException.class, e -> {
          assertThat(e.sessionId()).isEqualTo(id);
          assertThat(e.expectedVersion()).isEqualTo(1);
          assertThat(e.actualVersion()).isEqualTo(2);
        });
    assertThat(store().find(id)).contains(v2);
  }

  @Test
  @DisplayName("expecting a version ahead of the stored one throws ConflictException too")
  void rejectsVersionAhead() {
    String id = unique("upd");
    Session v1 = aSession(id, "ann").build();
    store().insert(insertOf(v1));
    Session v6 = v1.toBuilder().version(6).name("from the future").build();

    assertThatThrownBy(() -> store().update(updateOf(v6)))
        .isInstanceOfSatisfying(ConflictException.class, e -> {
          assertThat(e.expectedVersion()).isEqualTo(5);
          assertThat(e.actualVersion()).isEqualTo(1);
        });
    assertThat(store().find(id)).contains(v1);
  }

  @Test
  @DisplayName("of a session that is not stored throws NotFoundException and stores nothing")
  void rejectsUnknownSession() {
    String id = unique("upd");
    Session v2 = aSession(id, "ann").version(2).build();

    assertThatThrownBy(() -> store().update(updateOf(v2, List.of(comment(id, 1)), List.of(activity(id, 2, "update")))))
        .isInstanceOfSatisfying(NotFoundException.class, e -> assertThat(e.id()).isEqualTo(id));
    assertThat(store().find(id)).isEmpty();
    assertThat(store().comments(id, 0, ALL)).isEmpty();
    assertThat(store().activity(id, 0, ALL)).isEmpty();
  }

  @Test
  @DisplayName("that fails leaves the snapshot, the comments and the activity as they were")
  void failedUpdateIsAtomic() {
    String id = unique("upd");
    Session v1 = aSession(id, "ann").commentCount(1).build();
    store().insert(insertOf(v1, List.of(comment(id, 1)), List.of(activity(id, 1, "session.create"))));
    Session v2 = next(v1, b -> b.name("winner"));
    store().update(updateOf(v2, List.of(), List.of(activity(id, 2, "update"))));
    Comment edited = comment(id, 1).edit("lost edit", List.of(), StoreData.T0.plusSeconds(60));
    SessionWrite stale = new SessionWrite(next(v1, b -> b.name("loser").commentCount(2)), 1,
        List.of(edited, comment(id, 2)), List.of(activity(id, 2, "lost")));

    assertThatThrownBy(() -> store().update(stale)).isInstanceOf(ConflictException.class);

    assertThat(store().find(id)).contains(v2);
    assertThat(store().comments(id, 0, ALL)).containsExactly(comment(id, 1));
    assertThat(withoutSeqs(store().activity(id, 0, ALL)))
        .containsExactly(activity(id, 1, "session.create"), activity(id, 2, "update"));
  }
}
