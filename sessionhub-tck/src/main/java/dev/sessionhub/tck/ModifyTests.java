package dev.sessionhub.tck;

import static dev.sessionhub.tck.StoreData.aSession;
import static dev.sessionhub.tck.StoreData.activity;
import static dev.sessionhub.tck.StoreData.comment;
import static dev.sessionhub.tck.StoreData.insertOf;
import static dev.sessionhub.tck.StoreData.next;
import static dev.sessionhub.tck.StoreData.unique;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.sessionhub.error.NotFoundException;
import dev.sessionhub.error.ValidationException;
import dev.sessionhub.model.Comment;
import dev.sessionhub.model.Session;
import dev.sessionhub.spi.SessionWrite;
import dev.sessionhub.tck.Concurrently.Outcome;
import java.util.List;
import java.util.stream.LongStream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** {@link dev.sessionhub.spi.SessionStore#modify}: a serialised read-modify-write. */
abstract class ModifyTests extends StoreTests {

  /** The write that adds the next comment to what the store holds. */
  private static SessionWrite nextComment(Session current) {
    long number = current.commentCount() + 1;
    Session changed = next(current, b -> b.commentCount(number));
    return new SessionWrite(changed, current.version(), List.of(comment(current.id(), number)),
        List.of(activity(current.id(), changed.version(), "comment.add")));
  }

  @Test
  @DisplayName("hands the change the stored snapshot and stores what it returns, with its comments and activity")
  void appliesToStored() {
    String id = unique("mod");
    Session v1 = aSession(id, "ann").build();
    store().insert(insertOf(v1));
    SessionWrite stored = store().modify(id, current -> {
      assertThat(current).isEqualTo(v1);
      return nextComment(current);
    });
    assertThat(store().find(id)).contains(stored.session());
    assertThat(store().comments(id, 0, 10)).extracting(Comment::number).containsExactly(1L);
    assertThat(store().activity(id, 0, 10)).hasSize(1);
  }

  @Test
  @DisplayName("16 threads each making 25 changes to one session: every change lands on the one before, none is lost")
  void serialised() {
    String id = unique("mod");
    store().insert(insertOf(aSession(id, "ann").build()));

    List<Outcome<Object>> outcomes = Concurrently.run(16, () -> {
      for (int i = 0; i < 25; i++) {
        store().modify(id, ModifyTests::nextComment);
      }
      return null;
    });

    assertThat(outcomes).allSatisfy(o -> assertThat(o.error()).isNull());
    assertThat(store().find(id).orElseThrow().commentCount()).isEqualTo(400);
    assertThat(store().find(id).orElseThrow().version()).isEqualTo(401);
    assertThat(store().comments(id, 0, 500)).extracting(Comment::number)
        .containsExactlyElementsOf(LongStream.rangeClosed(1, 400).boxed().toList());
  }

  @Test
  @DisplayName("an exception from the change is rethrown and nothing is written")
  void changeFails() {
    String id = unique("mod");
    Session v1 = aSession(id, "ann").build();
    store().insert(insertOf(v1));
    assertThatThrownBy(() -> store().modify(id, current -> {
      throw ValidationException.of("name", "refused");
    })).isInstanceOf(ValidationException.class);
    assertThat(store().find(id)).contains(v1);
    assertThat(store().activity(id, 0, 10)).isEmpty();
  }

  @Test
  @DisplayName("a session that is not stored is NotFoundException, and the change is not called")
  void missing() {
    assertThatThrownBy(() -> store().modify(unique("none"), current -> {
      throw new AssertionError("called for a session that is not stored");
    })).isInstanceOf(NotFoundException.class);
  }

  @Test
  @DisplayName("a change that returns a write not expecting the stored version is refused, nothing written")
  void wrongVersion() {
    String id = unique("mod");
    Session v1 = aSession(id, "ann").build();
    store().insert(insertOf(v1));
    Session v3 = next(next(v1, b -> b), b -> b.name("skipped"));
    assertThatThrownBy(() -> store().modify(id, current -> new SessionWrite(v3, 2, List.of(), List.of())))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(store().find(id)).contains(v1);
  }
}
