package dev.sessionhub.internal.memory;

import static dev.sessionhub.internal.memory.TestSessions.T0;
import static dev.sessionhub.internal.memory.TestSessions.comment;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.sessionhub.error.DuplicateIdException;
import dev.sessionhub.model.Comment;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("CommentLog")
class CommentLogTest {

  @Test
  @DisplayName("finds comments by id and pages them by number, whatever order they came in")
  void findAndPage() {
    List<Comment> shuffled = new ArrayList<>();
    for (int i = 0; i < 50; i++) {
      shuffled.add(comment("s1", (i * 17) % 50 + 1));
    }
    CommentLog log = CommentLog.empty().upsert(shuffled.subList(0, 20)).upsert(shuffled.subList(20, 50));

    assertThat(log.find("c37")).contains(comment("s1", 37));
    assertThat(log.find("c0")).isEmpty();
    assertThat(log.find("c51")).isEmpty();
    assertThat(log.after(0, 3)).extracting(Comment::number).containsExactly(1L, 2L, 3L);
    assertThat(log.after(47, Integer.MAX_VALUE)).extracting(Comment::number).containsExactly(48L, 49L, 50L);
    assertThat(log.after(-5, 1)).extracting(Comment::number).containsExactly(1L);
    assertThat(log.after(50, 10)).isEmpty();
  }

  @Test
  @DisplayName("replaces a comment with the same id, and frees its old number when it moves")
  void replace() {
    CommentLog log = CommentLog.empty().upsert(List.of(comment("s1", 1), comment("s1", 2)));
    Comment moved = new Comment("c1", "s1", 3, null, "bob", "moved", List.of(), T0, null);
    Comment taker = new Comment("c9", "s1", 1, null, "bob", "takes #1", List.of(), T0, null);

    CommentLog after = log.upsert(List.of(moved, taker));

    assertThat(after.after(0, 10)).containsExactly(taker, comment("s1", 2), moved);
    assertThat(after.find("c1")).contains(moved);
    assertThat(log.after(0, 10)).containsExactly(comment("s1", 1), comment("s1", 2));
  }

  @Test
  @DisplayName("rejects a number held by another comment at that point of the write, leaving the log as it was")
  void numberHeld() {
    CommentLog log = CommentLog.empty().upsert(List.of(comment("s1", 1)));
    Comment taker = new Comment("c9", "s1", 1, null, "bob", "takes #1", List.of(), T0, null);
    Comment moved = new Comment("c1", "s1", 3, null, "bob", "moved", List.of(), T0, null);

    assertThatThrownBy(() -> log.upsert(List.of(taker, moved))).isInstanceOf(DuplicateIdException.class);
    assertThat(log.after(0, 10)).containsExactly(comment("s1", 1));
    assertThat(log.find("c9")).isEmpty();
  }
}
