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
import dev.sessionhub.model.Comment;
import dev.sessionhub.model.Session;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.stream.LongStream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Comments beside a session: read by number, numbers unique per session. */
abstract class CommentTests extends StoreTests {

  private static final int ALL = 1_000;

  @Test
  @DisplayName("are read in number order after a given number, at most the limit, whatever order they were written in")
  void byNumber() {
    String id = unique("com");
    List<Comment> written = numbered(id, 1, 25);
    Collections.shuffle(written, new Random(3));
    store().insert(insertOf(aSession(id, "ann").commentCount(25).build(), written, List.of()));

    assertThat(numbers(store().comments(id, 0, 10))).containsExactly(LongStream.rangeClosed(1, 10).boxed().toArray(Long[]::new));
    assertThat(numbers(store().comments(id, 10, 10))).containsExactly(LongStream.rangeClosed(11, 20).boxed().toArray(Long[]::new));
    assertThat(numbers(store().comments(id, 20, 10))).containsExactly(21L, 22L, 23L, 24L, 25L);
    assertThat(store().comments(id, 25, 10)).isEmpty();
    assertThat(numbers(store().comments(id, 7, 1))).containsExactly(8L);
  }

  @Test
  @DisplayName("added by later writes continue the numbering")
  void laterWrites() {
    String id = unique("com");
    Session v1 = aSession(id, "ann").commentCount(2).build();
    store().insert(insertOf(v1, numbered(id, 1, 2), List.of()));

    store().update(updateOf(next(v1, b -> b.commentCount(4)), numbered(id, 3, 4), List.of()));

    assertThat(store().comments(id, 0, ALL)).containsExactlyElementsOf(numbered(id, 1, 4));
    assertThat(store().comments(id, 2, ALL)).containsExactlyElementsOf(numbered(id, 3, 4));
  }

  @Test
  @DisplayName("are found by id within their own session only")
  void findById() {
    String a = unique("com");
    String b = unique("com");
    store().insert(insertOf(aSession(a, "ann").build(), List.of(comment(a, 1)), List.of()));
    store().insert(insertOf(aSession(b, "ann").build(), List.of(comment(b, 1)), List.of()));

    assertThat(store().findComment(a, comment(a, 1).id())).contains(comment(a, 1));
    assertThat(store().findComment(b, comment(a, 1).id())).isEmpty();
    assertThat(store().findComment(a, "no-such-comment")).isEmpty();
  }

  @Test
  @DisplayName("of different sessions are numbered independently")
  void perSession() {
    String a = unique("com");
    String b = unique("com");
    store().insert(insertOf(aSession(a, "ann").build(), numbered(a, 1, 3), List.of()));
    store().insert(insertOf(aSession(b, "ann").build(), numbered(b, 1, 2), List.of()));

    assertThat(store().comments(a, 0, ALL)).containsExactlyElementsOf(numbered(a, 1, 3));
    assertThat(store().comments(b, 0, ALL)).containsExactlyElementsOf(numbered(b, 1, 2));
  }

  @Test
  @DisplayName("of a session that is not stored: an empty list")
  void unknownSession() {
    assertThat(store().comments(unique("com"), 0, ALL)).isEmpty();
    assertThat(store().findComment(unique("com"), "c1")).isEmpty();
  }

  @Test
  @DisplayName("take unique numbers: a write adding one with a taken number throws DuplicateIdException and writes nothing")
  void uniqueNumbers() {
    String id = unique("com");
    Session v1 = aSession(id, "ann").commentCount(1).build();
    store().insert(insertOf(v1, List.of(comment(id, 1)), List.of(activity(id, 1, "session.create"))));
    Comment clash = new Comment(id + "-other", id, 1, null, "bob", "same number", List.of(), StoreData.T0, null);

    assertThatThrownBy(() -> store().update(updateOf(next(v1, b -> b.commentCount(2)), List.of(clash),
        List.of(activity(id, 2, "add.comment"))))).isInstanceOf(DuplicateIdException.class);

    assertThat(store().find(id)).contains(v1);
    assertThat(store().comments(id, 0, ALL)).containsExactly(comment(id, 1));
    assertThat(withoutSeqs(store().activity(id, 0, ALL))).containsExactly(activity(id, 1, "session.create"));
  }

  private static List<Comment> numbered(String sessionId, long from, long to) {
    List<Comment> comments = new ArrayList<>();
    for (long n = from; n <= to; n++) {
      comments.add(comment(sessionId, n));
    }
    return comments;
  }

  private static List<Long> numbers(List<Comment> comments) {
    return comments.stream().map(Comment::number).toList();
  }
}
