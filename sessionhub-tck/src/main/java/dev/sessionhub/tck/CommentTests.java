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
import dev.sessionhub.model.ActivityEntry;
import dev.sessionhub.model.Comment;
import dev.sessionhub.model.Session;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.stream.LongStream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Comments beside a session: read by number, numbers unique per session (also within one write),
 * replaced by id, and read into lists that are the reader's own.
 */
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

  @Test
  @DisplayName("take unique numbers within a write too: two comments of one write with one number throw DuplicateIdException, nothing written")
  void uniqueWithinAWrite() {
    String id = unique("com");
    Comment twin = new Comment(id + "-twin", id, 1, null, "bob", "same number", List.of(), StoreData.T0, null);

    assertThatThrownBy(() -> store().insert(insertOf(aSession(id, "ann").commentCount(2).build(),
        List.of(comment(id, 1), twin), List.of(activity(id, 1, "session.create")))))
        .isInstanceOf(DuplicateIdException.class);
    assertThat(store().find(id)).isEmpty();
    assertThat(store().comments(id, 0, ALL)).isEmpty();

    Session v1 = aSession(id, "ann").build();
    store().insert(insertOf(v1, List.of(), List.of(activity(id, 1, "session.create"))));
    Comment twin3 = new Comment(id + "-twin", id, 3, null, "bob", "same number", List.of(), StoreData.T0, null);
    assertThatThrownBy(() -> store().update(updateOf(next(v1, b -> b.commentCount(2)), List.of(comment(id, 3), twin3),
        List.of(activity(id, 2, "add.comment"))))).isInstanceOf(DuplicateIdException.class);
    assertThat(store().find(id)).contains(v1);
    assertThat(store().comments(id, 0, ALL)).isEmpty();
    assertThat(withoutSeqs(store().activity(id, 0, ALL))).containsExactly(activity(id, 1, "session.create"));
  }

  @Test
  @DisplayName("a replacement carrying another number moves the comment there and frees its old number")
  void replacementMoves() {
    String id = unique("com");
    Session v1 = aSession(id, "ann").commentCount(2).build();
    store().insert(insertOf(v1, numbered(id, 1, 2), List.of()));
    Comment moved = new Comment(comment(id, 1).id(), id, 5, null, "author", "moved", List.of(), StoreData.T0, null);

    store().update(updateOf(next(v1, b -> b), List.of(moved), List.of()));

    assertThat(store().comments(id, 0, ALL)).containsExactly(comment(id, 2), moved);
    assertThat(store().findComment(id, moved.id())).contains(moved);
    Comment reuse = new Comment(id + "-new", id, 1, null, "author", "takes the freed number", List.of(), StoreData.T0, null);
    store().update(updateOf(next(next(v1, b -> b), b -> b), List.of(reuse), List.of()));
    assertThat(store().comments(id, 0, ALL)).containsExactly(reuse, comment(id, 2), moved);
  }

  @Test
  @DisplayName("a replacement onto a number another comment holds throws DuplicateIdException and writes nothing")
  void replacementOntoTakenNumber() {
    String id = unique("com");
    Session v1 = aSession(id, "ann").commentCount(2).build();
    store().insert(insertOf(v1, numbered(id, 1, 2), List.of()));
    Comment onto = new Comment(comment(id, 1).id(), id, 2, null, "author", "onto #2", List.of(), StoreData.T0, null);

    assertThatThrownBy(() -> store().update(updateOf(next(v1, b -> b.name("lost")), List.of(onto), List.of())))
        .isInstanceOf(DuplicateIdException.class);

    assertThat(store().find(id)).contains(v1);
    assertThat(store().comments(id, 0, ALL)).containsExactlyElementsOf(numbered(id, 1, 2));
  }

  @Test
  @DisplayName("lists read are the reader's own: changing one, or writing later, never changes a list returned")
  void listsAreCopies() {
    String id = unique("com");
    Session v1 = aSession(id, "ann").commentCount(2).build();
    store().insert(insertOf(v1, numbered(id, 1, 2), List.of(activity(id, 1, "session.create"))));
    List<Comment> comments = store().comments(id, 0, ALL);
    List<ActivityEntry> activity = store().activity(id, 0, ALL);
    List<Comment> commentsBefore = List.copyOf(comments);
    List<ActivityEntry> activityBefore = List.copyOf(activity);

    tryToClear(comments);
    tryToClear(activity);
    assertThat(store().comments(id, 0, ALL)).as("comments after the caller changed a list read").isEqualTo(commentsBefore);
    assertThat(store().activity(id, 0, ALL)).as("activity after the caller changed a list read").isEqualTo(activityBefore);

    List<Comment> read = store().comments(id, 0, ALL);
    List<ActivityEntry> readActivity = store().activity(id, 0, ALL);
    Comment edited = comment(id, 1).edit("edited", List.of(), StoreData.T0.plusSeconds(5));
    store().update(updateOf(next(v1, b -> b.commentCount(3)), List.of(edited, comment(id, 3)),
        List.of(activity(id, 2, "add.comment"))));
    store().appendActivity(activity(id, 2, "download"));

    assertThat(read).as("a list read before later writes").isEqualTo(commentsBefore);
    assertThat(readActivity).as("an activity list read before later writes").isEqualTo(activityBefore);
  }

  /** Clears a list if it can be changed; an unmodifiable list is just as good. */
  private static void tryToClear(List<?> list) {
    try {
      list.clear();
    } catch (UnsupportedOperationException e) {
      // unmodifiable: fine
    }
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
